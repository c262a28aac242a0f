package org.valuegrowth.cli;

/** A problem with the user's input (not a bug): printed as one message, exit code 2. */
final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UserError(String message) {
        super(message, null, false, false);
    }
}
