/**
 * Numeric foundations shared by every part of the model: the project's precondition exception,
 * log-space arithmetic (log-sum-exp) and divergences between finite distributions.
 */
package org.valuegrowth.numeric;
