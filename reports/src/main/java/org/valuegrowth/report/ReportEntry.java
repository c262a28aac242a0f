package org.valuegrowth.report;

import org.valuegrowth.verdict.ClaimInfo;
import org.valuegrowth.verdict.Verdict;

/**
 * One section of a report: a statement, its verdict, the seed and the command that reproduces it.
 *
 * @param info the statement
 * @param verdict what the search found
 * @param seed the seed used
 * @param command the one command that reproduces this section
 */
public record ReportEntry(ClaimInfo info, Verdict verdict, long seed, String command) {
}
