/**
 * Benchmarks behind {@code valuegrowth bench}: each prints figures measured against a baseline
 * doing the same work in the same run. Benchmarks are not tests; nothing asserts a time.
 */
package org.valuegrowth.bench;
