package org.valuegrowth.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.valuegrowth.numeric.ModelException;

/**
 * An input file of a report entry, cited by content: the path as the user gave it, its SHA-256 and
 * its size, so that a reader can tell whether the file they have is the one that was checked.
 *
 * @param path the path as given on the command line
 * @param sha256 the SHA-256 of the file's bytes, 64 lower-case hex digits
 * @param bytes the file's size in bytes
 */
public record InputFile(String path, String sha256, long bytes) {
    /** Validates the digest's shape. */
    public InputFile {
        if (path == null || path.isEmpty() || sha256 == null || !sha256.matches("[0-9a-f]{64}") || bytes < 0) {
            throw new ModelException("an input file needs a path, a SHA-256 of 64 hex digits and a size >= 0: "
                    + path + ", " + sha256 + ", " + bytes);
        }
    }

    /** The citation of the file at {@code path} as it is now. */
    public static InputFile of(Path path) throws IOException {
        byte[] content = Files.readAllBytes(path);
        return new InputFile(path.toString(), sha256(content), content.length);
    }

    /** The SHA-256 of {@code content} in lower-case hex. */
    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** "spec/scenarios/x.yaml (sha256 ab12…, 812 bytes)". */
    public String describe() {
        return path + " (sha256 " + sha256 + ", " + bytes + " bytes)";
    }
}
