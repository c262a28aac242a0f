package org.valuegrowth.report;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A second process for {@code AtomicFilesTest}: takes the report directory's lock, says "locked",
 * waits for a line on standard input, writes a marker file, and only then releases the lock.
 */
public final class LockHolder {
    private LockHolder() {
    }

    /** {@code args[0]} the report directory, {@code args[1]} the marker file to write before releasing. */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        try (FileChannel ch = FileChannel.open(dir.resolve(AtomicFiles.LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock = ch.lock();
            System.out.println("locked");
            System.out.flush();
            System.in.read();
            Files.writeString(Path.of(args[1]), "released");
            lock.release();
        }
    }
}
