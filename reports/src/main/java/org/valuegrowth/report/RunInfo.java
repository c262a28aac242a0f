package org.valuegrowth.report;

/**
 * What identifies a run for citation: the toolkit version and the git commit it was built from,
 * both fixed when the jar was built (not read from the directory the CLI runs in).
 *
 * @param version the toolkit version
 * @param commit the full git commit of the build, or "unknown" (built outside a git checkout)
 * @param dirty whether the working tree had uncommitted changes (modified, staged or untracked
 *     files) when the jar was built: the commit then does not pin the code
 * @param includeTimes whether wall times are printed (off for byte-identical reports)
 */
public record RunInfo(String version, String commit, boolean dirty, boolean includeTimes) {
    /** The commit as reports print it: the hash, with ", dirty" when the build had uncommitted changes. */
    public String commitText() {
        return commit + (dirty ? ", dirty" : "");
    }
}
