/**
 * The ledger `bench:search` looks things up in: one order per subject, a phone and an e-mail each, and
 * the look-up terms exactly as an import writes them (name words, the phone's tail and the delivery
 * address's words per subject, shared/ledger/searchTerms.ts). Bulk-generated: the benchmark is about
 * look-ups, not imports.
 */
import { insertRows } from '../electron/db/batchInsert';
import type { TestApp } from '../tests/support/testContext';
import { nameSignature } from '../shared/ledger/personName';
import { addressWords, nameTerms, phoneTailTerm } from '../shared/ledger/searchTerms';

export const SURNAMES = [
  'иванов',
  'петров',
  'асанов',
  'токтогулов',
  'кузнецов',
  'абдыкадыров',
  'омуралиев',
  'садыков',
  'жумабеков',
  'нұрланов',
  'өмүрбеков',
  'волков',
];
export const STREETS = [
  'ул. Киевская',
  'пр. Чуй',
  'ул. Токтогула',
  'ул. Ленина',
  'мкр. Джал',
  'ул. Курманжан Датка',
];
export const NAMES = [
  'иван',
  'бакыт',
  'айбек',
  'нурлан',
  'сергей',
  'азамат',
  'эрлан',
  'данияр',
  'айгүл',
  'улан',
];

export const phoneOf = (i: number) => `+996${500000000 + ((i * 37) % 99999999)}`;
const nameOf = (i: number) => `${SURNAMES[i % SURNAMES.length]} ${NAMES[Math.floor(i / 7) % NAMES.length]}`;
const addressOf = (i: number) => `г. Бишкек, ${STREETS[i % STREETS.length]}, ${i % 200}`;

/** Writes `subjects` subjects into the organisation (ids 1…subjects). */
export const generateLedger = async (app: TestApp, organisationId: number, subjects: number) => {
  const imp = await app.ctx.db.run(
    `INSERT INTO imports (organisation_id, file_name, file_sha256, file_size, preset, source, encoding, status, started_at, actor_os, actor_person)
     VALUES (:org, 'bench.csv', '', 0, 'bitrix', 'bitrix', 'utf8', 'completed', 'now', 'os', '')`,
    { org: organisationId },
  );
  const STEP = 20_000;
  for (let from = 1; from <= subjects; from += STEP) {
    const ids = Array.from({ length: Math.min(STEP, subjects - from + 1) }, (_, k) => from + k);
    await app.ctx.db.transaction(async (tx) => {
      const c = { organisation_id: organisationId };
      const options = { constants: c, trusted: true };
      await insertRows(
        tx,
        'subjects',
        ['id', 'full_name', 'name_key', 'created_at'],
        ids.map((i) => [i, nameOf(i), nameSignature(nameOf(i)), 'now']),
        options,
      );
      await insertRows(
        tx,
        'subject_keys',
        ['kind', 'value', 'subject_id', 'order_id'],
        ids.flatMap((i) => [
          ['phone', phoneOf(i), i, i],
          ['email', `buyer${i}@mail.kg`, i, i],
        ]),
        options,
      );
      const terms = (i: number) => [
        ...new Set([...nameTerms(nameOf(i)), phoneTailTerm(phoneOf(i)), ...addressWords(addressOf(i))]),
      ];
      await insertRows(
        tx,
        'subject_terms',
        ['term', 'subject_id'],
        ids.flatMap((i) => terms(i).map((t) => [t, i])),
        { ...options, orIgnore: true },
      );
      await insertRows(
        tx,
        'orders',
        ['id', 'source', 'external_id', 'subject_id', 'address', 'import_id', 'line'],
        ids.map((i) => [i, 'bitrix', String(100000 + i), i, addressOf(i), imp.lastID, i]),
        options,
      );
    });
  }
};
