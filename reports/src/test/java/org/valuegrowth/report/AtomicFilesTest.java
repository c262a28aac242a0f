package org.valuegrowth.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.Vector;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import net.jqwik.api.Example;
import net.jqwik.api.Label;

/** Issue 11, report rows: a report's three files are written together, under a lock, all or none. */
class AtomicFilesTest {
    static Vector<Tuple2<String, String>> set(String tag) {
        return Vector.of(Tuple.of("report.md", "md " + tag), Tuple.of("report.json", "json " + tag), Tuple.of("report.html", "html " + tag));
    }

    static String tagOf(Path dir, String file, String prefix) throws Exception {
        return Files.readString(dir.resolve(file)).substring(prefix.length());
    }

    @Example
    @Label("issue 11: two writers into one directory at once never leave md from one and json/html from the other (30 trials)")
    void concurrentWritersLeaveOneWholeSet() throws Exception {
        for (int trial = 0; trial < 30; trial++) {
            Path dir = Files.createTempDirectory("vg-race");
            CountDownLatch start = new CountDownLatch(1);
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread[] writers = new Thread[2];
            for (int w = 0; w < 2; w++) {
                String tag = "run" + w;
                writers[w] = new Thread(() -> {
                    try {
                        start.await();
                        AtomicFiles.writeSet(dir, set(tag), () -> { });
                    } catch (Exception e) {
                        failure.set(e);
                    }
                });
                writers[w].start();
            }
            start.countDown();
            for (Thread t : writers) {
                t.join();
            }
            assertThat(failure.get()).isNull();
            String md = tagOf(dir, "report.md", "md ");
            assertThat(tagOf(dir, "report.json", "json ")).as("trial " + trial).isEqualTo(md);
            assertThat(tagOf(dir, "report.html", "html ")).as("trial " + trial).isEqualTo(md);
            try (var s = Files.list(dir)) {
                assertThat(s.map(p -> p.getFileName().toString()).sorted().toList())
                        .containsExactly(AtomicFiles.LOCK_FILE, "report.html", "report.json", "report.md");
            }
        }
    }

    @Example
    @Label("issue 11: a writer in another process holds the directory's lock; this writer waits for it (ordering, not timing)")
    void theLockHoldsAcrossProcesses() throws Exception {
        Path dir = Files.createTempDirectory("vg-lock");
        Path marker = dir.resolve("released-marker");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(),
                dir.toString(), marker.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("locked");
            CountDownLatch waiting = new CountDownLatch(1);
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread writer = new Thread(() -> {
                try {
                    AtomicFiles.writeSet(dir, set("after"), waiting::countDown);
                } catch (Exception e) {
                    failure.set(e);
                }
            });
            writer.start();
            assertThat(waiting.await(60, TimeUnit.SECONDS)).as("the writer saw the lock taken").isTrue();
            assertThat(Files.exists(dir.resolve("report.md"))).as("nothing written while the lock is held").isFalse();
            try (OutputStream in = child.getOutputStream()) {
                in.write('\n');
            }
            writer.join();
            assertThat(failure.get()).isNull();
            // the child wrote the marker before releasing the lock, so the writer ran after it
            assertThat(Files.readString(marker)).isEqualTo("released");
            assertThat(Files.readString(dir.resolve("report.md"))).isEqualTo("md after");
        } finally {
            child.destroy();
            child.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Example
    @Label("issue 11: report.html being a directory replaces none of the three files")
    void aTargetThatIsNotAFileReplacesNothing() throws Exception {
        Path dir = Files.createTempDirectory("vg-dirtarget");
        Files.writeString(dir.resolve("report.md"), "old md");
        Files.writeString(dir.resolve("report.json"), "old json");
        Files.createDirectory(dir.resolve("report.html"));
        assertThatThrownBy(() -> AtomicFiles.writeSet(dir, set("new"), () -> { }))
                .isInstanceOf(AtomicFiles.NotARegularFile.class)
                .hasMessageContaining("report.html exists and is not a regular file; nothing was written");
        assertThat(Files.readString(dir.resolve("report.md"))).isEqualTo("old md");
        assertThat(Files.readString(dir.resolve("report.json"))).isEqualTo("old json");
        assertThat(Files.isDirectory(dir.resolve("report.html"))).isTrue();
        try (var s = Files.list(dir)) {
            assertThat(s.filter(p -> p.getFileName().toString().endsWith(".tmp") || p.getFileName().toString().endsWith(".old")))
                    .as("no temporaries left").isEmpty();
        }
    }
}
