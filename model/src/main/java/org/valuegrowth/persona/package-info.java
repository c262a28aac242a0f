/**
 * Personas: clusters of traders with shared traits and a voice, and the persona space in which
 * trait shares are measured (claim E0). Definitions: {@code spec/growth.md} §1.
 */
package org.valuegrowth.persona;
