/**
 * `npm run bench:search` — subject look-ups over 1,000,000 subjects (SUBJECTS=… to change): by a
 * phone as typed or its last digits, e-mail prefix, order number, word of a name or of an address,
 * through the same `subjects:list` channel the UI uses (B-tree look-up terms, no trigram index).
 * Prints p50/p95 per kind of query against a reference (a primary-key read) measured in the same run.
 * Target: look-up p95 ≤ 10 ms.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startTestApp } from '../tests/support/testContext';
import { insertRows } from '../electron/db/batchInsert';
import { nameSignature } from '../shared/ledger/personName';
import { addressWords, nameTerms, phoneTailTerm } from '../shared/ledger/searchTerms';
import { prng } from './generateExports';

const SUBJECTS = Number(process.env.SUBJECTS ?? 1_000_000);
const QUERIES = 300;
const TARGET_P95_MS = 10;

const SURNAMES = [
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
const STREETS = [
  'ул. Киевская',
  'пр. Чуй',
  'ул. Токтогула',
  'ул. Ленина',
  'мкр. Джал',
  'ул. Курманжан Датка',
];
const NAMES = ['иван', 'бакыт', 'айбек', 'нурлан', 'сергей', 'азамат', 'эрлан', 'данияр', 'айгүл', 'улан'];

const percentiles = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
  return { p50: at(0.5), p95: at(0.95) };
};

const main = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'cd-bench-search-'));
  const app = await startTestApp({ dir });
  try {
    const org = await app.ok('organisations:create', {
      name: 'Бенчмарк',
      registrationNumber: '02311201910245',
      jurisdiction: 'KG',
    });
    const started = performance.now();
    // Bulk-generate the ledger (this benchmark is about look-ups, not imports): one order per subject,
    // a phone and an e-mail each, and their look-up terms exactly as an import writes them.
    const imp = await app.ctx.db.run(
      `INSERT INTO imports (organisation_id, file_name, file_sha256, file_size, preset, source, encoding, status, started_at, actor_os, actor_person)
       VALUES (:org, 'bench.csv', '', 0, 'bitrix', 'bitrix', 'utf8', 'completed', 'now', 'os', '')`,
      { org: org.id },
    );
    const phoneOf = (i: number) => `+996${500000000 + ((i * 37) % 99999999)}`;
    const STEP = 20_000;
    for (let from = 1; from <= SUBJECTS; from += STEP) {
      const ids = Array.from({ length: Math.min(STEP, SUBJECTS - from + 1) }, (_, k) => from + k);
      const name = (i: number) =>
        `${SURNAMES[i % SURNAMES.length]} ${NAMES[Math.floor(i / 7) % NAMES.length]}`;
      const street = (i: number) => STREETS[i % STREETS.length] as string;
      await app.ctx.db.transaction(async (tx) => {
        const c = { organisation_id: org.id };
        await insertRows(
          tx,
          'subjects',
          ['id', 'full_name', 'name_key', 'created_at'],
          ids.map((i) => [i, name(i), nameSignature(name(i)), 'now']),
          { constants: c, trusted: true },
        );
        await insertRows(
          tx,
          'subject_keys',
          ['kind', 'value', 'subject_id', 'order_id'],
          ids.flatMap((i) => [
            ['phone', phoneOf(i), i, i],
            ['email', `buyer${i}@mail.kg`, i, i],
          ]),
          { constants: c, trusted: true },
        );
        await insertRows(
          tx,
          'subject_terms',
          ['term', 'subject_id'],
          ids.flatMap((i) => [...nameTerms(name(i)), phoneTailTerm(phoneOf(i))].map((t) => [t, i])),
          { constants: c, orIgnore: true, trusted: true },
        );
        await insertRows(
          tx,
          'orders',
          ['id', 'source', 'external_id', 'subject_id', 'address', 'import_id', 'line'],
          ids.map((i) => [
            i,
            'bitrix',
            String(100000 + i),
            i,
            `г. Бишкек, ${street(i)}, ${i % 200}`,
            imp.lastID,
            i,
          ]),
          { constants: c, trusted: true },
        );
        await insertRows(
          tx,
          'address_terms',
          ['term', 'order_id'],
          ids.flatMap((i) => addressWords(`г. Бишкек, ${street(i)}, ${i % 200}`).map((t) => [t, i])),
          { constants: c, orIgnore: true, trusted: true },
        );
      });
    }
    console.log(
      `Generated ${SUBJECTS} subjects with phones, e-mails, orders and look-up terms in ${((performance.now() - started) / 1000).toFixed(0)} s`,
    );

    // What migration 11's indexes cost when built set-based over the whole ledger (an import writes
    // them in key order as it inserts the terms, which costs no more than this).
    const rebuilt = performance.now();
    const cpu = process.cpuUsage();
    await app.ctx.db.exec(`DROP INDEX subject_terms_by_subject; DROP INDEX address_terms_by_order;
      CREATE INDEX subject_terms_by_subject ON subject_terms (subject_id, term);
      CREATE INDEX address_terms_by_order ON address_terms (order_id, term);`);
    const buildMs = performance.now() - rebuilt;
    const { user, system } = process.cpuUsage(cpu);
    const per100k = (ms: number) => ((ms / SUBJECTS) * 100_000).toFixed(0);
    console.log(
      `look-up indexes (migration 11) built in ${(buildMs / 1000).toFixed(2)} s, ${((user + system) / 1e6).toFixed(2)} CPU s: ${per100k(buildMs)} ms (${per100k((user + system) / 1000)} CPU ms) per 100,000 subjects`,
    );

    const rnd = prng(42);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)] as T;
    const someone = () => 1 + Math.floor(rnd() * SUBJECTS);
    const digits = () => phoneOf(someone()).slice(4);
    const kinds: [string, () => string][] = [
      [
        'phone as typed «0555 12 34 56»',
        () => {
          const d = digits();
          return `0${d.slice(0, 3)} ${d.slice(3, 5)} ${d.slice(5, 7)} ${d.slice(7)}`;
        },
      ],
      ['phone by its last 4 digits', () => digits().slice(-4)],
      ['phone by its last 6 digits', () => digits().slice(-6)],
      ['e-mail prefix', () => `buyer${someone()}@`],
      ['order number', () => String(100000 + someone())],
      ['word of a name by its start', () => pick(SURNAMES).slice(0, 5)],
      ['two words of a name', () => `${pick(NAMES)} ${pick(SURNAMES)}`],
      ['word of an address', () => pick(STREETS).replace(/^ул\. /, '')],
    ];
    const reference: number[] = [];
    for (let i = 0; i < QUERIES; i += 1) {
      const t = performance.now();
      await app.ctx.db.get('SELECT * FROM subjects WHERE id = :id', { id: 1 + Math.floor(rnd() * SUBJECTS) });
      reference.push(performance.now() - t);
    }
    const ref = percentiles(reference);
    console.log(`reference: primary-key read p50 ${ref.p50.toFixed(2)} ms, p95 ${ref.p95.toFixed(2)} ms`);
    let worst = 0;
    for (const [label, make] of kinds) {
      const samples: number[] = [];
      let hits = 0;
      const missed = new Set<string>();
      let capped = 0;
      // A primary-key read before each look-up: the reference sees the same moment of the machine's load.
      const nearby: number[] = [];
      for (let i = 0; i < QUERIES; i += 1) {
        const search = make();
        const r = performance.now();
        await app.ctx.db.get('SELECT * FROM subjects WHERE id = :id', { id: someone() });
        nearby.push(performance.now() - r);
        const t = performance.now();
        const page = await app.ok('subjects:list', { organisationId: org.id, search, limit: 50 });
        samples.push(performance.now() - t);
        capped += page.totalCapped ? 1 : 0;
        hits += page.items.length > 0 ? 1 : 0;
        if (page.items.length === 0) missed.add(search);
      }
      const p = percentiles(samples);
      const near = percentiles(nearby);
      worst = Math.max(worst, p.p95);
      console.log(
        `${label.padEnd(34)} p50 ${p.p50.toFixed(2).padStart(6)} ms  p95 ${p.p95.toFixed(2).padStart(6)} ms  (${(p.p95 / Math.max(ref.p95, 0.001)).toFixed(1)}× ref; interleaved reference p50 ${near.p50.toFixed(2)} / p95 ${near.p95.toFixed(2)} ms; ${hits}/${QUERIES} found, ${capped} counted «more than»)`,
      );
      if (missed.size > 0) console.log(`  found nobody for: ${[...missed].slice(0, 5).join(' | ')}`);
    }
    const browse: number[] = [];
    for (let i = 0; i < 50; i += 1) {
      const t = performance.now();
      await app.ok('subjects:list', {
        organisationId: org.id,
        offset: Math.floor(rnd() * 100) * 50,
        limit: 50,
      });
      browse.push(performance.now() - t);
    }
    const b = percentiles(browse);
    console.log(
      `${'browse first 100 pages by name'.padEnd(34)} p50 ${b.p50.toFixed(2).padStart(6)} ms  p95 ${b.p95.toFixed(2).padStart(6)} ms`,
    );
    console.log(
      `worst look-up p95 ${worst.toFixed(2)} ms — target ≤ ${TARGET_P95_MS} ms: ${worst <= TARGET_P95_MS ? 'met' : 'NOT met'}`,
    );
  } finally {
    await app.close();
    await rm(dir, { recursive: true, force: true });
  }
};

void main();
