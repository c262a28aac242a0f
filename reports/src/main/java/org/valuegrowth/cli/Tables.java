package org.valuegrowth.cli;

import io.vavr.collection.Vector;

/** Plain-text tables with aligned columns. */
final class Tables {
    private Tables() {
    }

    static String render(Vector<String> columns, Vector<Vector<String>> rows) {
        int[] w = new int[columns.size()];
        Vector<Vector<String>> all = rows.prepend(columns);
        for (Vector<String> r : all) {
            for (int i = 0; i < w.length && i < r.size(); i++) {
                w[i] = Math.max(w[i], r.get(i).length());
            }
        }
        StringBuilder b = new StringBuilder();
        boolean header = true;
        for (Vector<String> r : all) {
            for (int i = 0; i < w.length; i++) {
                String c = i < r.size() ? r.get(i) : "";
                b.append(i == 0 ? "" : "  ").append(c).append(" ".repeat(w[i] - c.length()));
            }
            b.append('\n');
            if (header) {
                for (int i = 0; i < w.length; i++) {
                    b.append(i == 0 ? "" : "  ").append("-".repeat(w[i]));
                }
                b.append('\n');
                header = false;
            }
        }
        return b.toString();
    }
}
