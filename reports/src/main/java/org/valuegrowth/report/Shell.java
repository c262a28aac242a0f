package org.valuegrowth.report;

import io.vavr.collection.Vector;

/** POSIX shell quoting for the commands reports print, so that a pasted command runs exactly what it shows. */
public final class Shell {
    private Shell() {
    }

    /**
     * {@code word} as one POSIX shell word: unchanged when it has only characters no shell
     * interprets (letters, digits and {@code _ @ % + = : , . / -}), else in single quotes with each
     * {@code '} written as {@code '\''}. The empty word is {@code ''}.
     */
    public static String quote(String word) {
        if (!word.isEmpty() && word.matches("[A-Za-z0-9_@%+=:,./-]+")) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }

    /** The words quoted and joined by spaces. */
    public static String command(Vector<String> words) {
        return words.map(Shell::quote).mkString(" ");
    }
}
