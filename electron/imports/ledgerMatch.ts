import { namesCompatible } from '../../shared/ledger/personName';
import type { Connection } from '../db/connection';

/**
 * Matches the file's persons (stage) with the ledger's subjects by the identity rule: a person joins
 * the earliest subject that holds one of its keys under a compatible name. Names with equal
 * signatures (or an empty one) are compatible in SQL; the few other pairs are decided here by
 * `namesCompatible`. Leaves temp tables `cand` (every key match, `ok` = compatible) and `person_map`
 * (person → subject, with the key that matched and the order that brought it).
 */
export const matchPersonsWithLedger = async (db: Connection, organisationId: number): Promise<void> => {
  await db.exec(`
    DROP TABLE IF EXISTS temp.cand; DROP TABLE IF EXISTS temp.person_map;
    CREATE TEMP TABLE person_map (person INTEGER PRIMARY KEY, subject_id INTEGER NOT NULL, kind TEXT NOT NULL, key_order INTEGER);
    CREATE TEMP TABLE cand (person INTEGER, kind TEXT, value TEXT, seq INTEGER, subject_id INTEGER, key_order INTEGER,
      subject_sig TEXT, person_sig TEXT, ok INTEGER);`);
  const ledgerHasSubjects = await db.get(
    'SELECT 1 FROM main.subjects WHERE organisation_id = :organisationId LIMIT 1',
    { organisationId },
  );
  if (!ledgerHasSubjects) return;
  await db.run(
    `INSERT INTO cand SELECT pk.person, pk.kind, pk.value, pk.seq, k.subject_id, k.order_id, s.name_key,
       COALESCE(rn.signature, p.signature), 0
     FROM st.person_keys pk
     -- CROSS JOIN: the file's keys drive (each looked up in the ledger's key index), never the reverse.
     CROSS JOIN main.subject_keys k ON k.organisation_id = :organisationId AND k.kind = pk.kind AND k.value = pk.value
     JOIN main.subjects s ON s.id = k.subject_id AND s.merged_into IS NULL
     JOIN st.persons p ON p.person = pk.person
     LEFT JOIN temp.renamed rn ON rn.person = pk.person`,
    { organisationId },
  );
  await db.exec(
    `UPDATE cand SET ok = 1 WHERE subject_sig = person_sig OR subject_sig = '' OR person_sig = ''`,
  );
  const pairs = await db.all<{ a: string; b: string }>(
    'SELECT DISTINCT subject_sig AS a, person_sig AS b FROM cand WHERE ok = 0',
  );
  const compatible = pairs.filter((p) => namesCompatible(p.a, p.b)).map((p) => [p.a, p.b]);
  if (compatible.length > 0) {
    await db.run(
      `UPDATE cand SET ok = 1 WHERE (subject_sig, person_sig) IN (SELECT value ->> 0, value ->> 1 FROM json_each(:pairs))`,
      { pairs: JSON.stringify(compatible) },
    );
  }
  await db.exec(`
    INSERT INTO person_map SELECT person, subject_id, kind, key_order FROM (
      SELECT person, subject_id, kind, key_order,
        row_number() OVER (PARTITION BY person ORDER BY subject_id, kind DESC) AS n
      FROM cand WHERE ok = 1) WHERE n = 1;`);
};
