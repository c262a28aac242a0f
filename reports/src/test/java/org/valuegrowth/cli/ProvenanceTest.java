package org.valuegrowth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Example;
import net.jqwik.api.Label;

/**
 * Issue 7, provenance: the version, commit and dirty flag come from the jar (recorded when it was
 * built), not from the directory the CLI runs in.
 */
class ProvenanceTest {
    /** The output of {@code git ARGS} in the repository root, or null when git or the checkout is missing. */
    static String git(String... args) throws IOException, InterruptedException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        if (!Files.exists(root.resolve(".git"))) {
            return null;
        }
        String[] cmd = new String[args.length + 3];
        cmd[0] = "git";
        cmd[1] = "-C";
        cmd[2] = root.toString();
        System.arraycopy(args, 0, cmd, 3, args.length);
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        } catch (IOException e) {
            return null; // no git on this machine
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 ? out : null;
    }

    @Example
    @Label("issue 7: the commit and version are recorded at build time, and the commit is the checkout's HEAD")
    void commitIsRecordedAtBuildTime() throws Exception {
        assertThat(Version.VERSION).isNotEqualTo("unknown").doesNotContain("${");
        assertThat(Version.COMMIT).matches("[0-9a-f]{40}|unknown");
        String head = git("rev-parse", "HEAD");
        if (head != null) {
            // the build ran from this checkout; nothing here asks git at run time
            assertThat(Version.COMMIT).isEqualTo(head.trim());
        }
    }

    @Example
    @Label("issue 7: the dirty flag is true exactly when the working tree had uncommitted changes at build time")
    void dirtyFlagFollowsTheWorkingTree() throws Exception {
        String status = git("status", "-s");
        if (status != null) {
            // the tree has not changed between the build and this test (same Maven run)
            assertThat(Version.DIRTY).isEqualTo(!status.isBlank());
        } else {
            assertThat(Version.DIRTY).isFalse();
        }
    }

    @Example
    @Label("issue 7: the CLI never runs git: no process is started to find the commit")
    void theCliDoesNotAskGit() throws Exception {
        java.util.List<Path> sources;
        try (var s = Files.list(Path.of("src/main/java/org/valuegrowth/cli"))) {
            sources = s.toList();
        }
        for (Path src : sources) {
            // the bench command starts python for the numpy peer; nothing may start git
            assertThat(Files.readString(src)).as(src.toString()).doesNotContain("\"git\"", "rev-parse", "Runtime.getRuntime().exec");
        }
    }

    @Example
    @Label("--version prints the recorded version, commit and dirty flag")
    void versionOptionPrintsTheRecordedBuild() {
        CliTest.Run r = CliTest.run("--version");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("valuegrowth " + Version.VERSION + " (commit " + Version.COMMIT);
        assertThat(r.out().contains(", dirty)")).isEqualTo(Version.DIRTY);
    }
}
