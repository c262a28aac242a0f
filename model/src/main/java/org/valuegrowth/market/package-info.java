/**
 * The Kelly (Bayesian) inductor market over predictor traders: predictors, traders, clusters,
 * priors (simplicity 2^-c, enumeration 2^-(k+b), uniform, explicit), the Grue tax, and the
 * immutable {@link org.valuegrowth.market.KellyMarket}. See {@code spec/market.md}.
 */
package org.valuegrowth.market;
