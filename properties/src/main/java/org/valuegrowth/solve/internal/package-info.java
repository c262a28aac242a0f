/** Adapters to Choco Solver and the Commons Math simplex; nothing outside {@code solve} may use them. */
package org.valuegrowth.solve.internal;
