/**
 * Look-ups read one B-tree per word (subjectSearchRepository): a subject's look-up terms now hold the
 * words of the delivery addresses of its orders (as buyer and as consignee) next to its name words and
 * phone tails, so "a word of an address" is a range of `subject_terms` like a name word, with no join
 * to the orders per candidate. The per-order `address_terms` are folded in and dropped. A subject
 * merged into another has no terms of its own (its names are among the target's), so no look-up has to
 * check `merged_into` per candidate.
 */
export const migration0013 = `
INSERT OR IGNORE INTO subject_terms (organisation_id, term, subject_id)
  SELECT a.organisation_id, a.term, o.subject_id FROM address_terms a JOIN orders o ON o.id = a.order_id
  UNION ALL
  SELECT a.organisation_id, a.term, o.consignee_id FROM address_terms a JOIN orders o ON o.id = a.order_id
  WHERE o.consignee_id IS NOT NULL;
DROP TABLE address_terms;
DELETE FROM subject_terms WHERE subject_id IN (SELECT id FROM subjects WHERE merged_into IS NOT NULL);
`;
