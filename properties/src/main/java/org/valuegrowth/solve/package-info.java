/**
 * Solvers and runners for the mind and value model: the exact value solver (Choco), its linear
 * relaxation bound (Commons Math simplex), brute force, the scenario runner {@link
 * org.valuegrowth.solve.MindTrace}, an exhaustive search over growth schedules ({@link
 * org.valuegrowth.solve.GrowthSearch}, with the E12 queries in {@link org.valuegrowth.solve.MindQueries}),
 * the ledger entries {@link org.valuegrowth.solve.MindChecks} (E12, E13 and planted twins), and the
 * value solver benchmark. Choco and commons-math3 {@code optim} types stay in {@code solve.internal}.
 */
package org.valuegrowth.solve;
