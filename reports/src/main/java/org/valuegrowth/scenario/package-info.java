/**
 * Scenario files: YAML read as data (never code), with every problem reported at once as
 * {@code file:line: field: message}; one reader per {@code kind}. The format is in
 * {@code spec/scenario.md}.
 */
package org.valuegrowth.scenario;
