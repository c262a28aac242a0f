package org.valuegrowth.induction;

import io.vavr.control.Either;
import org.valuegrowth.logic.Language;
import org.valuegrowth.logic.Sentence;
import org.valuegrowth.logic.SentenceParser;
import org.valuegrowth.numeric.ModelException;

/**
 * Reads a feature in the syntax that {@link Feature#toString()} prints, so that features can be
 * written in scenario files and printed features read back ({@code parse(f.toString()) = f}).
 *
 * <p>Grammar: {@code f := number | p(S) | p(S,-g) | p(S@d) | (f + f) | (f * f) | min(f, f) |
 * max(f, f) | rcp(f)}, where S is a sentence in {@link SentenceParser}'s syntax, g ≥ 1 a lag, d ≥ 1
 * a day, and a number is anything {@link Double#parseDouble} reads (finite). Spaces are ignored
 * around tokens. Errors are returned as {@code Left} with the position.
 */
public final class FeatureParser {
    private final Language language;
    private final String text;
    private int pos;

    private FeatureParser(Language language, String text) {
        this.language = language;
        this.text = text;
    }

    /** Parses {@code text} over {@code language}. */
    public static Either<String, Feature> parse(Language language, String text) {
        if (language == null || text == null) {
            return Either.left("language and text must not be null");
        }
        FeatureParser p = new FeatureParser(language, text);
        try {
            Feature f = p.feature();
            p.skip();
            if (p.pos != text.length()) {
                return Either.left("unexpected '" + text.substring(p.pos) + "' at position " + p.pos + " in: " + text);
            }
            return Either.right(f);
        } catch (ModelException e) {
            return Either.left(e.getMessage());
        }
    }

    private Feature feature() {
        skip();
        if (eat("p(")) {
            return price();
        }
        if (eat("min(")) {
            Feature a = feature();
            expect(",");
            Feature b = feature();
            expect(")");
            return new Feature.Min(a, b);
        }
        if (eat("max(")) {
            Feature a = feature();
            expect(",");
            Feature b = feature();
            expect(")");
            return new Feature.Max(a, b);
        }
        if (eat("rcp(")) {
            Feature a = feature();
            expect(")");
            return new Feature.SafeReciprocal(a);
        }
        if (eat("(")) {
            Feature a = feature();
            skip();
            boolean sum;
            if (eat("+")) {
                sum = true;
            } else if (eat("*")) {
                sum = false;
            } else {
                throw error("expected '+' or '*'");
            }
            Feature b = feature();
            expect(")");
            return sum ? new Feature.Sum(a, b) : new Feature.Product(a, b);
        }
        return number();
    }

    private Feature price() {
        int start = pos;
        int depth = 0;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (depth == 0) {
                    break;
                }
                depth--;
            }
            pos++;
        }
        if (pos >= text.length()) {
            throw error("unclosed p(");
        }
        String inner = text.substring(start, pos);
        pos++;
        int at = inner.lastIndexOf('@');
        int lag = inner.lastIndexOf(",-");
        String sentence = at >= 0 ? inner.substring(0, at) : lag >= 0 ? inner.substring(0, lag) : inner;
        Either<String, Sentence> s = SentenceParser.parse(language, sentence.trim());
        if (s.isLeft()) {
            throw new ModelException("bad sentence in p(" + inner + ") at position " + start + ": " + s.getLeft());
        }
        try {
            if (at >= 0) {
                return new Feature.PriceAt(s.get(), Integer.parseInt(inner.substring(at + 1).trim()));
            }
            if (lag >= 0) {
                return new Feature.Price(s.get(), Integer.parseInt(inner.substring(lag + 2).trim()));
            }
        } catch (NumberFormatException e) {
            throw new ModelException("bad day or lag in p(" + inner + ") at position " + start);
        }
        return new Feature.Price(s.get(), 0);
    }

    private Feature number() {
        int start = pos;
        while (pos < text.length() && "+-.0123456789eE".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        if (start == pos) {
            throw error("expected a feature");
        }
        try {
            return new Feature.Constant(Double.parseDouble(text.substring(start, pos)));
        } catch (NumberFormatException e) {
            throw new ModelException("bad number '" + text.substring(start, pos) + "' at position " + start);
        }
    }

    private void skip() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private boolean eat(String token) {
        skip();
        if (text.startsWith(token, pos)) {
            pos += token.length();
            return true;
        }
        return false;
    }

    private void expect(String token) {
        if (!eat(token)) {
            throw error("expected '" + token + "'");
        }
    }

    private ModelException error(String what) {
        return new ModelException(what + " at position " + pos + " in: " + text);
    }
}
