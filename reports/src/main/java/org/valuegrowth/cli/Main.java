package org.valuegrowth.cli;

/** Entry point of the {@code valuegrowth} command. */
public final class Main {
    private Main() {
    }

    /** Runs the CLI and exits with its code. */
    public static void main(String[] args) {
        System.exit(0);
    }
}
