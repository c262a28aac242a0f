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

    /** Escapes a Markdown table cell: as {@link #md(String)}. */
    public static String cell(String s) {
        return md(s);
    }

    /**
     * Escapes text for Markdown, so that it renders as the same characters and can never become
     * markup, a link or HTML: a backslash before {@code \ ` * [ ] < > & | # ~}, and before
     * {@code _} unless it stands between two letters or digits (where CommonMark never reads it as
     * emphasis, as in {@code P_G}); line breaks and other control characters become spaces.
     */
    public static String md(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\': case '`': case '*': case '[': case ']': case '<': case '>': case '&': case '|': case '#': case '~':
                    b.append('\\').append(c);
                    break;
                case '_':
                    boolean inWord = i > 0 && i + 1 < s.length() && Character.isLetterOrDigit(s.charAt(i - 1))
                            && Character.isLetterOrDigit(s.charAt(i + 1));
                    b.append(inWord ? "_" : "\\_");
                    break;
                default:
                    b.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c);
            }
        }
        return b.toString();
    }

    /**
     * An HTML id for an entry ID, one-to-one: letters, digits, '.' and '-' are kept, every other
     * character (including '_') becomes {@code _hex_}, so two different IDs never share an anchor.
     */
    public static String anchor(String id) {
        StringBuilder b = new StringBuilder("e-");
        id.codePoints().forEach(c -> {
            if (c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '-')) {
                b.appendCodePoint(c);
            } else {
                b.append('_').append(Integer.toHexString(c)).append('_');
            }
        });
        return b.toString();
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
