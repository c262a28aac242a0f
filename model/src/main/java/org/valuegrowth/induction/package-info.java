/**
 * The logical-induction market after Garrabrant et al. 2016 (arXiv:1609.03543) on a finite toy:
 * expressible features, strategy traders, the market maker, the budgeter, the trading firm, the
 * LIA market, and the logical induction criterion as a finite-horizon checker that works on any
 * price sequence and any trader. Pure: no I/O, no solver types. Definitions: {@code spec/induction.md}.
 */
package org.valuegrowth.induction;
