/**
 * Bounded searches that derive claim verdicts: exploration of finite spaces of candidates by
 * Choco Solver and by brute force, with replay, minimisation and the three-valued verdict.
 * Choco types appear only in {@code org.valuegrowth.search.internal}. The first search here is
 * {@link org.valuegrowth.search.ExploitationSearch} (specification: {@code spec/search.md}).
 */
package org.valuegrowth.search;
