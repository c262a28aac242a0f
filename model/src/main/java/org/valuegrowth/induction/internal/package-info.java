/**
 * Numeric kernels of the logical-induction market: pure static functions over {@code double[]}
 * and world patterns; used only by {@code org.valuegrowth.induction}.
 */
package org.valuegrowth.induction.internal;
