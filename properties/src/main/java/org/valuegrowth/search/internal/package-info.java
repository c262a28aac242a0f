/**
 * Engines of the searches: the Choco encoding (automaton grammar, custom propagator), brute-force
 * enumeration and the candidate grammar. The only package that touches Choco types.
 */
package org.valuegrowth.search.internal;
