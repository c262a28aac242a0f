/**
 * Pure numeric kernels behind the growth steps: best-of-n, exponential tilt, GRPO advantage and
 * wealth transfer. Static functions over {@code double[]}; they never mutate their input.
 */
package org.valuegrowth.growth.internal;
