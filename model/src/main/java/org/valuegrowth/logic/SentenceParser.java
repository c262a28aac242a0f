package org.valuegrowth.logic;

import io.vavr.control.Either;

/**
 * Reads sentences written as text over a {@link Language}.
 *
 * <p>Grammar (lowest precedence first; {@code ->} associates to the right, {@code &amp;} and
 * {@code |} to the left):
 * <pre>
 *   implies := or ( "-&gt;" implies )?
 *   or      := and ( "|" and )*
 *   and     := unary ( "&amp;" unary )*
 *   unary   := "!" unary | "(" implies ")" | "true" | "false" | atom-name
 * </pre>
 * Parsing is total: a malformed text gives {@code Either.left} with the column (1-based) and what
 * was expected; it never throws.
 */
public final class SentenceParser {
    private final Language language;
    private final String text;
    private int pos;

    private SentenceParser(Language language, String text) {
        this.language = language;
        this.text = text;
    }

    /** Parses {@code text}; on failure the left value says where and why. */
    public static Either<String, Sentence> parse(Language language, String text) {
        if (text == null) {
            return Either.left("sentence text is missing");
        }
        SentenceParser p = new SentenceParser(language, text);
        try {
            Sentence s = p.implies();
            p.skipSpace();
            if (p.pos != text.length()) {
                return Either.left("unexpected '" + text.charAt(p.pos) + "' at column " + (p.pos + 1)
                        + " in \"" + text + "\"");
            }
            return Either.right(s);
        } catch (Failure f) {
            return Either.left(f.getMessage() + " in \"" + text + "\"");
        }
    }

    /** Parses {@code text} or throws {@link org.valuegrowth.numeric.ModelException} with the reason. */
    public static Sentence parseOrThrow(Language language, String text) {
        return parse(language, text).getOrElseThrow(org.valuegrowth.numeric.ModelException::new);
    }

    private Sentence implies() {
        Sentence left = or();
        skipSpace();
        if (text.startsWith("->", pos)) {
            pos += 2;
            return new Sentence.Implies(left, implies());
        }
        return left;
    }

    private Sentence or() {
        Sentence s = and();
        while (true) {
            skipSpace();
            if (pos < text.length() && text.charAt(pos) == '|') {
                pos++;
                s = new Sentence.Or(s, and());
            } else {
                return s;
            }
        }
    }

    private Sentence and() {
        Sentence s = unary();
        while (true) {
            skipSpace();
            if (pos < text.length() && text.charAt(pos) == '&') {
                pos++;
                s = new Sentence.And(s, unary());
            } else {
                return s;
            }
        }
    }

    private Sentence unary() {
        skipSpace();
        if (pos >= text.length()) {
            throw new Failure("expected a sentence at column " + (pos + 1));
        }
        char c = text.charAt(pos);
        if (c == '!') {
            pos++;
            return new Sentence.Not(unary());
        }
        if (c == '(') {
            pos++;
            Sentence s = implies();
            skipSpace();
            if (pos >= text.length() || text.charAt(pos) != ')') {
                throw new Failure("expected ')' at column " + (pos + 1));
            }
            pos++;
            return s;
        }
        if (Character.isLetter(c) || c == '_') {
            int start = pos;
            while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos))
                    || text.charAt(pos) == '_' || text.charAt(pos) == '.')) {
                pos++;
            }
            String name = text.substring(start, pos);
            if (name.equals("true")) {
                return new Sentence.Const(true);
            }
            if (name.equals("false")) {
                return new Sentence.Const(false);
            }
            return language.indexOf(name)
                    .map(i -> (Sentence) new Sentence.Var(language.atom(i), i))
                    .getOrElseThrow(() -> new Failure("unknown atom '" + name + "' at column " + (start + 1)));
        }
        throw new Failure("unexpected '" + c + "' at column " + (pos + 1));
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    /** Internal control flow for a parse error; never escapes {@link #parse}. */
    private static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failure(String message) {
            super(message, null, false, false);
        }
    }
}
