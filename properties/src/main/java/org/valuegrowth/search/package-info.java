/**
 * Search engines: bounded exploration of finite spaces of candidates (traders, wealth pairs,
 * corpora, schedules, value descriptors) by Choco Solver, targeted search and brute force, with
 * replay, minimisation and the three-valued verdict. Choco and commons-math3 {@code optim} types
 * appear only in {@code org.valuegrowth.search.internal}. Specification: {@code spec/search.md},
 * {@code spec/value.md}.
 */
package org.valuegrowth.search;
