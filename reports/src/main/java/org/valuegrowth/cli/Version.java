package org.valuegrowth.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.valuegrowth.report.RunInfo;
import picocli.CommandLine.IVersionProvider;

/**
 * The toolkit version and the git commit it was built from, with the dirty flag: all three are
 * written into the jar when it is built ({@code org/valuegrowth/cli/build.properties}, filled by
 * Maven from the git-commit-id plugin; {@code reports/pom.xml}), never read from the directory the
 * CLI runs in. Built outside a git checkout (a source tarball), the commit is "unknown".
 */
final class Version implements IVersionProvider {
    /** The toolkit version, e.g. "0.1.0-SNAPSHOT". */
    static final String VERSION;
    /** The full commit hash, or "unknown". */
    static final String COMMIT;
    /** Whether the working tree had uncommitted changes when the jar was built. */
    static final boolean DIRTY;

    static {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("build.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // an unreadable resource leaves everything "unknown"
        }
        String v = p.getProperty("version", "");
        String c = p.getProperty("commit", "");
        VERSION = resolved(v) ? v : "unknown";
        COMMIT = c.matches("[0-9a-f]{40}") ? c : "unknown";
        DIRTY = !COMMIT.equals("unknown") && "true".equals(p.getProperty("dirty"));
    }

    private static boolean resolved(String s) {
        return !s.isBlank() && !s.contains("${");
    }

    @Override
    public String[] getVersion() {
        return new String[] {"valuegrowth " + VERSION + " (commit " + COMMIT + (DIRTY ? ", dirty" : "") + ")"};
    }

    /** The run information for a report, with or without wall times. */
    static RunInfo runInfo(boolean times) {
        return new RunInfo(VERSION, COMMIT, DIRTY, times);
    }
}
