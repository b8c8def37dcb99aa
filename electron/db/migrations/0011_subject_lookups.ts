/**
 * Subject look-ups read in output order and stop after a page (subjectSearchRepository): the first
 * word of a query is read as a range of `subject_terms` / `address_terms` in their key order, and
 * every further word is checked per candidate with one seek into these indexes (the subject's or the
 * order's terms starting with that word). Both are written in key order by the ledger build's
 * set-based `INSERT … SELECT` steps (ids only grow), so they cost little at import time.
 */
export const migration0011 = `
CREATE INDEX subject_terms_by_subject ON subject_terms (subject_id, term);
CREATE INDEX address_terms_by_order ON address_terms (order_id, term);
`;
