/**
 * Runners that replay a mind through its steps and read out, per state, its marginals, energy and
 * values (minimal update descriptors solved by {@code org.valuegrowth.search}).
 */
package org.valuegrowth.trace;
