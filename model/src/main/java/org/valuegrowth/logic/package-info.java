/**
 * The finite propositional language: layered atoms, sentences, worlds as truth assignments, the
 * deductive process D_1 ⊆ D_2 ⊆ … and its plausible worlds PC(D_n). See {@code spec/logic.md}.
 */
package org.valuegrowth.logic;
