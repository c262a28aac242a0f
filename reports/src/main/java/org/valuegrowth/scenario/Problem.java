package org.valuegrowth.scenario;

/**
 * One problem in a scenario file: where it is and what is wrong.
 *
 * @param file the file as the user named it
 * @param line the 1-based line, or 0 when the problem concerns the whole file
 * @param field the path of the field, e.g. {@code traders[2].predictor.iid[1]}, or "" for the file
 * @param message what is wrong, including the offending value
 */
public record Problem(String file, int line, String field, String message) {
    /** The message as the CLI prints it: {@code file:line: field: message}. */
    @Override
    public String toString() {
        String where = line > 0 ? file + ":" + line : file;
        return field.isEmpty() ? where + ": " + message : where + ": " + field + ": " + message;
    }
}
