/**
 * Reports people cite: the ledger of checks, and rendering to Markdown, JSON and self-contained
 * HTML, byte-identical for the same inputs; files are written atomically.
 */
package org.valuegrowth.report;
