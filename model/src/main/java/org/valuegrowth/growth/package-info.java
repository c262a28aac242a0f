/**
 * LLM-style growth of a Kelly inductor market: pretraining, supervised fine-tuning, best-of-n
 * reasoning, GRPO, extension to new concepts and simulated reflection, each a pure function from
 * one market to the next, plus the exact formulas they are checked against (best-of-n, the
 * KL-regularised tilt, GRPO's advantage and Mroueh's dynamics). Definitions: {@code spec/growth.md}.
 */
package org.valuegrowth.growth;
