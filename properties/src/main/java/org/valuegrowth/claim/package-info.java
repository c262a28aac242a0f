/**
 * Claims and their three-valued verdicts: the bound, the search statistics and the witness that
 * every search returns and every report prints.
 */
package org.valuegrowth.claim;
