package org.valuegrowth.report;

import java.util.Locale;

/** Stable number and text formatting for reports (locale-independent, byte-identical). */
public final class Fmt {
    private Fmt() {
    }

    /** A double with at most 6 significant digits, no trailing zeros; NaN/∞ spelled out. */
    public static String num(double x) {
        if (Double.isNaN(x)) {
            return "NaN";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "∞" : "-∞";
        }
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return Long.toString((long) x);
        }
        String s = String.format(Locale.ROOT, "%.6g", x);
        if (s.contains("e")) {
            String[] parts = s.split("e");
            return trimZeros(parts[0]) + "e" + parts[1];
        }
        return trimZeros(s);
    }

    /** Escapes a Markdown table cell (pipes and newlines). */
    public static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }

    /** Escapes text for HTML element content and attribute values. */
    public static String html(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&': b.append("&amp;"); break;
                case '<': b.append("&lt;"); break;
                case '>': b.append("&gt;"); break;
                case '"': b.append("&quot;"); break;
                case '\'': b.append("&#39;"); break;
                default: b.append(c);
            }
        }
        return b.toString();
    }

    private static String trimZeros(String s) {
        if (!s.contains(".")) {
            return s;
        }
        String t = s.replaceAll("0+$", "");
        return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
    }
}
