package org.valuegrowth.report;

import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.Locale;

/**
 * Small hand-written SVG line plots, byte-stable (fixed size, fixed palette, coordinates rounded
 * to 0.1). No dependency: the text is built directly.
 */
public final class Svg {
    private static final String[] PALETTE = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b"};
    private static final int W = 560;
    private static final int H = 220;
    private static final int PAD = 40;

    private Svg() {
    }

    /**
     * A line plot of every numeric column against the first column when the first column and at
     * least one other are numeric in every row; otherwise the empty string.
     */
    public static String plotIfNumeric(Vector<String> columns, Vector<Vector<String>> rows) {
        if (rows.size() < 2 || columns.size() < 2) {
            return "";
        }
        Vector<Option<Double>> xs = rows.map(r -> parse(r.get(0)));
        if (xs.exists(Option::isEmpty)) {
            return "";
        }
        Vector<Integer> series = Vector.range(1, columns.size())
                .filter(c -> rows.forAll(r -> c < r.size() && parse(r.get(c)).isDefined()));
        if (series.isEmpty()) {
            return "";
        }
        return lines(columns.get(0), series.map(columns::get),
                xs.map(Option::get), series.map(c -> rows.map(r -> parse(r.get(c)).get())));
    }

    /** A line plot of several named series over shared x values. */
    public static String lines(String xLabel, Vector<String> names, Vector<Double> xs, Vector<Vector<Double>> ys) {
        double x0 = xs.min().get();
        double x1 = xs.max().get();
        double y0 = ys.flatMap(v -> v).min().get();
        double y1 = ys.flatMap(v -> v).max().get();
        if (x1 == x0) {
            x1 = x0 + 1;
        }
        if (y1 == y0) {
            y1 = y0 + 1;
        }
        StringBuilder b = new StringBuilder();
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(W).append("\" height=\"").append(H)
                .append("\" viewBox=\"0 0 ").append(W).append(' ').append(H).append("\" role=\"img\">");
        b.append("<rect x=\"").append(PAD).append("\" y=\"10\" width=\"").append(W - PAD - 10).append("\" height=\"")
                .append(H - PAD - 10).append("\" fill=\"none\" stroke=\"#999\"/>");
        b.append("<text x=\"").append(W / 2).append("\" y=\"").append(H - 8).append("\" font-size=\"11\" text-anchor=\"middle\">")
                .append(Fmt.html(xLabel)).append("</text>");
        b.append("<text x=\"4\" y=\"18\" font-size=\"10\">").append(Fmt.num(y1)).append("</text>");
        b.append("<text x=\"4\" y=\"").append(H - PAD).append("\" font-size=\"10\">").append(Fmt.num(y0)).append("</text>");
        for (int s = 0; s < ys.size(); s++) {
            StringBuilder pts = new StringBuilder();
            for (int i = 0; i < xs.size(); i++) {
                double px = PAD + (xs.get(i) - x0) / (x1 - x0) * (W - PAD - 10);
                double py = 10 + (1 - (ys.get(s).get(i) - y0) / (y1 - y0)) * (H - PAD - 10);
                pts.append(i == 0 ? "" : " ").append(r(px)).append(',').append(r(py));
            }
            String color = PALETTE[s % PALETTE.length];
            b.append("<polyline fill=\"none\" stroke=\"").append(color).append("\" stroke-width=\"1.5\" points=\"")
                    .append(pts).append("\"/>");
            b.append("<text x=\"").append(PAD + 6).append("\" y=\"").append(24 + 12 * s).append("\" font-size=\"10\" fill=\"")
                    .append(color).append("\">").append(Fmt.html(names.get(s))).append("</text>");
        }
        b.append("</svg>\n");
        return b.toString();
    }

    private static String r(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static Option<Double> parse(String s) {
        try {
            double d = Double.parseDouble(s.trim());
            return Double.isFinite(d) ? Option.some(d) : Option.none();
        } catch (NumberFormatException e) {
            return Option.none();
        }
    }
}
