package org.valuegrowth.report;

import io.vavr.Tuple2;
import io.vavr.collection.Vector;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes report files so that an interrupted or concurrent run never leaves a half-written report, a
 * report whose files come from different runs, or a destroyed previous report.
 *
 * <p>One file: written to a temporary file in the same directory, then renamed over the target.
 * A set of files ({@link #writeSet}): under a lock on {@code DIR/.valuegrowth.lock} (an OS file lock
 * between processes, a monitor within one JVM), every target is checked to be a regular file or
 * absent, every new file is written to a temporary file, the old files are copied aside, and the new
 * ones are renamed into place; if any rename fails, the ones already placed are put back, so either
 * all files of the set are replaced or none.
 */
public final class AtomicFiles {
    /** The lock file a report directory gets (kept: removing it would race with a waiting writer). */
    public static final String LOCK_FILE = ".valuegrowth.lock";

    private static final Object JVM_LOCK = new Object();

    private AtomicFiles() {
    }

    /** A target that exists and is not a regular file (a directory, a link, a device): nothing was written. */
    public static final class NotARegularFile extends IOException {
        private static final long serialVersionUID = 1L;

        NotARegularFile(Path p) {
            super(p + " exists and is not a regular file; nothing was written");
        }
    }

    /** Writes {@code text} (UTF-8) to {@code target} atomically. */
    public static void write(Path target, String text) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = temporary(dir, target.getFileName().toString(), text);
        try {
            move(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Writes every (file name, text) of {@code files} into {@code dir}, all or none, under the
     * directory's lock; {@code waiting} runs once if another writer holds the lock (then this call
     * waits for it).
     *
     * @throws NotARegularFile if a target exists and is not a regular file (nothing is written)
     */
    public static void writeSet(Path dir, Vector<Tuple2<String, String>> files, Runnable waiting) throws IOException {
        synchronized (JVM_LOCK) {
            try (FileChannel ch = FileChannel.open(dir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                FileLock lock = ch.tryLock();
                if (lock == null) {
                    waiting.run();
                    lock = ch.lock();
                }
                try {
                    writeAll(dir, files);
                } finally {
                    lock.release();
                }
            }
        }
    }

    private static void writeAll(Path dir, Vector<Tuple2<String, String>> files) throws IOException {
        Vector<Path> targets = files.map(f -> dir.resolve(f._1));
        for (Path t : targets) {
            if (Files.exists(t, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(t, LinkOption.NOFOLLOW_LINKS)) {
                throw new NotARegularFile(t);
            }
        }
        Path[] tmp = new Path[files.size()];
        Path[] old = new Path[files.size()];
        int placed = 0;
        try {
            for (int i = 0; i < files.size(); i++) {
                tmp[i] = temporary(dir, files.get(i)._1, files.get(i)._2);
                if (Files.exists(targets.get(i), LinkOption.NOFOLLOW_LINKS)) {
                    old[i] = Files.createTempFile(dir, "." + files.get(i)._1 + ".", ".old");
                    Files.copy(targets.get(i), old[i], StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
            for (; placed < files.size(); placed++) {
                move(tmp[placed], targets.get(placed));
            }
        } catch (IOException | RuntimeException e) {
            for (int i = 0; i < placed; i++) {
                try {
                    if (old[i] != null) {
                        move(old[i], targets.get(i));
                    } else {
                        Files.deleteIfExists(targets.get(i));
                    }
                } catch (IOException undo) {
                    e.addSuppressed(undo);
                }
            }
            throw e;
        } finally {
            for (int i = 0; i < files.size(); i++) {
                deleteQuietly(tmp[i]);
                deleteQuietly(old[i]);
            }
        }
    }

    private static Path temporary(Path dir, String name, String text) throws IOException {
        Path tmp = Files.createTempFile(dir, "." + name + ".", ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            if (Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
                // temporary files are private (0600); a report is meant to be read: 0644
                Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            }
            return tmp;
        } catch (IOException | RuntimeException e) {
            deleteQuietly(tmp);
            throw e;
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path p) {
        if (p == null) {
            return;
        }
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // a leftover temporary file is harmless; the set was written or restored
        }
    }
}
