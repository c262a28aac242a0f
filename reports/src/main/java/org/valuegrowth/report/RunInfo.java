package org.valuegrowth.report;

/**
 * What identifies a run for citation: the toolkit version and the git commit of the model.
 *
 * @param version the toolkit version
 * @param commit the git commit (or "unknown" outside a checkout)
 * @param includeTimes whether wall times are printed (off for byte-identical reports)
 */
public record RunInfo(String version, String commit, boolean includeTimes) {
}
