/**
 * The human-style mind of the essay (lines 52-62): layered world-models grounded by abstraction
 * maps, goal-models as log-space tilts of the world-models, an inconsistency energy within and
 * across layers, reflection as descent on that energy, perceptual control loops, and the growth
 * steps (Sense, Reward, Approval, Reflect, Extend, Augment). Definitions: {@code spec/mind.md}.
 */
package org.valuegrowth.mind;
