/**
 * Hot kernels of the Kelly market: pure static functions over {@code double[]} (log-space Kelly
 * update, wealth-weighted mixture, shares). Used only by {@code org.valuegrowth.market}.
 */
package org.valuegrowth.market.internal;
