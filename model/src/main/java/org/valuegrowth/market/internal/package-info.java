/**
 * Hot kernels of the Kelly market: scaled-wealth arithmetic and the exact step
 * ({@code ScaledKernel}), the fused i.i.d. run ({@code IidRunKernel}), and the previous log-space
 * update ({@code KellyKernel}, the benchmark baseline). Used only by {@code org.valuegrowth.market}.
 */
package org.valuegrowth.market.internal;
