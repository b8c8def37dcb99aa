import type { Connection } from '../db/connection';

export interface BuildTarget {
  organisationId: number;
  importId: number;
  source: string;
  createdAt: string;
  subjectBase: number;
  orderBase: number;
}

/** person → subject id: the ledger subject it matched, or the new subject made for it. */
const SUBJECT_OF = (person: string) =>
  `COALESCE((SELECT m.subject_id FROM temp.person_map m WHERE m.person = ${person}), :subjectBase + ${person})`;

/** A space-separated word list (signature, address words) as the JSON array json_each splits. */
const WORDS = (list: string) =>
  `(CASE WHEN json_valid('["' || replace(${list}, ' ', '","') || '"]') THEN '["' || replace(${list}, ' ', '","') || '"]' ELSE '[]' END)`;

/** The digits of an E.164 number (`+` and at most 15 digits) reversed: phoneTailTerm in SQL. */
const PHONE_TAIL = (e164: string) =>
  `'#' || ${Array.from({ length: 15 }, (_, i) => `substr(${e164}, ${16 - i}, 1)`).join(' || ')}`;

/** The alias keys of a row's delivery (dk.key) and payment (pk.key) texts, from the stage's alias_keys. */
const ALIAS_KEYS = `LEFT JOIN st.alias_keys dk ON dk.value = r.delivery LEFT JOIN st.alias_keys pk ON pk.value = r.payment`;

/**
 * The set-based statements that copy one chunk of the stage into the ledger, in dependency order.
 * Each takes the chunk's range (:from, :to) over the table it reads (persons or rows) and the
 * target's parameters; none crosses the driver one value at a time.
 */
export const buildSteps: readonly { table: 'persons' | 'rows'; label: string; sql: string }[] = [
  {
    table: 'persons',
    label: 'subjects',
    sql: `INSERT INTO main.subjects (id, organisation_id, full_name, name_key, address, origin, import_id, created_at)
      SELECT :subjectBase + p.person, :organisationId, COALESCE(rn.name, p.name), COALESCE(rn.signature, p.signature),
        '', 'import', :importId, :createdAt
      FROM st.persons p LEFT JOIN temp.renamed rn ON rn.person = p.person
      WHERE p.person BETWEEN :from AND :to
        AND p.person NOT IN (SELECT person FROM temp.person_map) AND p.person NOT IN (SELECT person FROM temp.dead)`,
  },
  {
    table: 'rows',
    label: 'orders',
    sql: `INSERT INTO main.orders (id, organisation_id, source, external_id, subject_id, ordered_at, delivery_method,
        payment_method, delivery_key, payment_key, buyer_name, buyer_phone, buyer_email, match, match_order_id,
        consignee_id, consignee_name, consignee_phone, consignee_match, consignee_match_order_id, address, import_id, line)
      SELECT :orderBase + r.seq, :organisationId, :source, r.external_id, COALESCE(bm.subject_id, :subjectBase + r.buyer), r.ordered_at,
        r.delivery, r.payment, COALESCE(dk.key, ''), COALESCE(pk.key, ''), r.buyer_name, r.buyer_phone, r.buyer_email,
        CASE WHEN r.match = 'new' AND bm.person IS NOT NULL THEN bm.kind ELSE r.match END,
        CASE WHEN r.match = 'new' THEN bm.key_order ELSE COALESCE(md.order_id, :orderBase + r.match_seq) END,
        CASE WHEN r.consignee IS NULL THEN NULL ELSE COALESCE(cm.subject_id, :subjectBase + r.consignee) END,
        r.consignee_name, r.consignee_phone,
        CASE WHEN r.consignee_match = 'new' AND cm.person IS NOT NULL THEN cm.kind ELSE r.consignee_match END,
        CASE WHEN r.consignee_match = 'new' THEN cm.key_order
          ELSE COALESCE(cmd.order_id, :orderBase + r.consignee_match_seq) END,
        r.address, :importId, r.line
      FROM st.rows r
        LEFT JOIN temp.person_map bm ON bm.person = r.buyer
        LEFT JOIN temp.person_map cm ON cm.person = r.consignee
        LEFT JOIN temp.dup_rows md ON md.seq = r.match_seq
        LEFT JOIN temp.dup_rows cmd ON cmd.seq = r.consignee_match_seq
        ${ALIAS_KEYS}
      WHERE r.seq BETWEEN :from AND :to AND r.dup = 0`,
  },
  {
    table: 'rows',
    label: 'keys',
    sql: `INSERT OR IGNORE INTO main.subject_keys (organisation_id, kind, value, subject_id, import_id, order_id)
      SELECT :organisationId, k.kind, k.value, ${SUBJECT_OF('k.person')}, :importId,
        CASE WHEN k.seq IN (SELECT seq FROM temp.dup_rows) THEN NULL ELSE :orderBase + k.seq END
      FROM st.person_keys k WHERE k.seq BETWEEN :from AND :to AND k.person NOT IN (SELECT person FROM temp.dead)`,
  },
  {
    table: 'persons',
    label: 'terms',
    sql: `INSERT OR IGNORE INTO main.subject_terms (organisation_id, term, subject_id)
      SELECT :organisationId, t.term, ${SUBJECT_OF('t.person')} FROM (
        SELECT n.person, w.value AS term FROM (
            SELECT person, signature FROM st.persons WHERE person BETWEEN :from AND :to
            UNION ALL SELECT person, signature FROM st.renames WHERE person BETWEEN :from AND :to) n,
          json_each(${WORDS('n.signature')}) w
        WHERE n.signature <> ''
        UNION ALL SELECT person, term FROM st.terms WHERE person BETWEEN :from AND :to) t
      WHERE t.person NOT IN (SELECT person FROM temp.dead) AND t.person NOT IN (SELECT person FROM temp.person_map)`,
  },
  {
    table: 'rows',
    label: 'phone terms',
    sql: `INSERT OR IGNORE INTO main.subject_terms (organisation_id, term, subject_id)
      SELECT :organisationId, ${PHONE_TAIL('k.value')}, ${SUBJECT_OF('k.person')} FROM st.person_keys k
      WHERE k.seq BETWEEN :from AND :to AND k.kind = 'phone' AND k.person NOT IN (SELECT person FROM temp.dead)`,
  },
  {
    table: 'rows',
    label: 'address terms',
    // A subject's terms hold the words of its orders' delivery addresses, as buyer and as consignee.
    sql: `INSERT OR IGNORE INTO main.subject_terms (organisation_id, term, subject_id)
      SELECT :organisationId, w.value, a.subject_id FROM (
          SELECT r.address_words, ${SUBJECT_OF('r.buyer')} AS subject_id FROM st.rows r
          WHERE r.seq BETWEEN :from AND :to AND r.dup = 0 AND r.address_words <> ''
          UNION ALL SELECT r.address_words, ${SUBJECT_OF('r.consignee')} FROM st.rows r
          WHERE r.seq BETWEEN :from AND :to AND r.dup = 0 AND r.address_words <> '' AND r.consignee IS NOT NULL) a,
        json_each(${WORDS('a.address_words')}) w`,
  },
  {
    table: 'rows',
    label: 'transfers',
    sql: `INSERT OR IGNORE INTO main.transfers (order_id, recipient_id, basis, transferred_on)
      SELECT :orderBase + r.seq, a.recipient_id, a.field, substr(r.ordered_at, 1, 10)
      FROM st.rows r ${ALIAS_KEYS} JOIN main.recipient_aliases a ON a.organisation_id = :organisationId
        AND ((a.field = 'delivery' AND a.value_key = dk.key) OR (a.field = 'payment' AND a.value_key = pk.key))
      WHERE r.seq BETWEEN :from AND :to AND r.dup = 0 AND a.recipient_id IS NOT NULL`,
  },
];

/** Possible matches found in the file and against the ledger (few rows: one statement each). */
export const possibleMatchSql = [
  `INSERT OR IGNORE INTO main.possible_matches (organisation_id, subject_id, other_id, kind, value, order_id, import_id, line, created_at)
    SELECT :organisationId, ${SUBJECT_OF('m.person')}, ${SUBJECT_OF('m.other')}, m.kind, m.value,
      COALESCE(d.order_id, :orderBase + m.seq), :importId, r.line, :createdAt
    FROM st.person_matches m JOIN st.rows r ON r.seq = m.seq LEFT JOIN temp.dup_rows d ON d.seq = m.seq
    WHERE m.person NOT IN (SELECT person FROM temp.dead) AND m.other NOT IN (SELECT person FROM temp.dead)
      AND ${SUBJECT_OF('m.person')} <> ${SUBJECT_OF('m.other')}`,
  `INSERT OR IGNORE INTO main.possible_matches (organisation_id, subject_id, other_id, kind, value, order_id, import_id, line, created_at)
    SELECT :organisationId, ${SUBJECT_OF('c.person')}, c.subject_id, c.kind, c.value,
      COALESCE(d.order_id, :orderBase + p.seq), :importId, r.line, :createdAt
    FROM temp.cand c JOIN st.persons p ON p.person = c.person JOIN st.rows r ON r.seq = p.seq
      LEFT JOIN temp.dup_rows d ON d.seq = p.seq
    WHERE c.person NOT IN (SELECT person FROM temp.dead) AND ${SUBJECT_OF('c.person')} <> c.subject_id`,
];

/**
 * Temp tables the steps read: renamed persons, ledger duplicates (each with the order already in the
 * ledger, which explanations of later rows point to), persons only duplicates refer to
 * (dead: neither buyer nor consignee of any row that is not a duplicate; compound SELECTs apply left
 * to right, so each living role is taken away in turn).
 */
export const prepareStage = async (db: Connection, organisationId: number, source: string) => {
  await db.exec(`
    DROP TABLE IF EXISTS temp.renamed; DROP TABLE IF EXISTS temp.dup_rows; DROP TABLE IF EXISTS temp.dead;
    CREATE TEMP TABLE renamed (person INTEGER PRIMARY KEY, name TEXT, signature TEXT);
    INSERT INTO renamed SELECT person, name, signature FROM st.renames
      WHERE rowid IN (SELECT MAX(rowid) FROM st.renames GROUP BY person);
    CREATE TEMP TABLE dup_rows (seq INTEGER PRIMARY KEY, order_id INTEGER NOT NULL);
    CREATE TEMP TABLE dead (person INTEGER PRIMARY KEY);`);
  const known = await db.get('SELECT 1 FROM main.orders WHERE organisation_id = :o AND source = :s LIMIT 1', {
    o: organisationId,
    s: source,
  });
  if (!known) return 0;
  await db.run(
    `INSERT OR IGNORE INTO dup_rows SELECT r.seq, o.id FROM st.rows r
     JOIN main.orders o ON o.organisation_id = :o AND o.external_id = r.external_id AND o.source = :s`,
    { o: organisationId, s: source },
  );
  await db.exec(`
    UPDATE st.rows SET dup = 1 WHERE seq IN (SELECT seq FROM temp.dup_rows);
    INSERT INTO dead SELECT person FROM st.persons
      EXCEPT SELECT buyer FROM st.rows WHERE dup = 0
      EXCEPT SELECT consignee FROM st.rows WHERE dup = 0 AND consignee IS NOT NULL;`);
  return (await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM temp.dup_rows'))?.n ?? 0;
};
