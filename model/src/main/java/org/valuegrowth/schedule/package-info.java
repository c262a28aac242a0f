/**
 * Schedules that both growth processes run: the shared setting, the event alphabet and its meaning
 * for the LLM-style agent (a Kelly market of persona traders) and the human-style agent (a layered
 * mind), schedule classes (regular expressions with counting constraints), read-outs of world- and
 * goal-models on the same worlds and concepts, divergences, and the runner. Definitions:
 * {@code spec/schedule.md}.
 */
package org.valuegrowth.schedule;
