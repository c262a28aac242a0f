/**
 * Values as the minimal descriptor of the update from a world-model to a goal-model (essay line 62):
 * dictionaries of update atoms (feature tilts with discretised strengths), the discretised value
 * problem in Hilbert's projective metric, and canonical descriptors. Solvers live in
 * {@code org.valuegrowth.search}; definitions in {@code spec/value.md}.
 */
package org.valuegrowth.value;
