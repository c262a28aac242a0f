/** Pure numeric kernels over {@code double[]} for the mind package; they never mutate input. */
package org.valuegrowth.mind.internal;
