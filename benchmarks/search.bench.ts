/**
 * `npm run bench:search` — subject look-ups over 1,000,000 subjects (SUBJECTS=… to change): by a
 * fragment of phone, e-mail or name, through the same `subjects:list` channel the UI uses.
 * Prints p50/p95 per kind of query against a reference (a primary-key read) measured in the same run.
 * Target: look-up p95 ≤ 10 ms.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startTestApp } from '../tests/support/testContext';
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
    // Bulk-generate the ledger in SQL (this benchmark is about look-ups, not imports).
    await app.ctx.db.transaction(async (tx) => {
      await tx.exec(`
        CREATE TEMP TABLE sn (k INTEGER PRIMARY KEY, v TEXT); CREATE TEMP TABLE nm (k INTEGER PRIMARY KEY, v TEXT);
        INSERT INTO sn (v) VALUES ${SURNAMES.map((s) => `('${s}')`).join(',')};
        INSERT INTO nm (v) VALUES ${NAMES.map((s) => `('${s}')`).join(',')};
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${SUBJECTS})
        INSERT INTO subjects (id, organisation_id, full_name, name_key, address, created_at)
        SELECT i, ${org.id},
          (SELECT v FROM sn WHERE sn.k = 1 + n.i % ${SURNAMES.length}) || ' ' || (SELECT v FROM nm WHERE nm.k = 1 + (n.i / 7) % ${NAMES.length}),
          '', 'г. Бишкек', 'now' FROM n;
        UPDATE subjects SET name_key = full_name;
        INSERT INTO subject_keys (organisation_id, kind, value, subject_id)
          SELECT ${org.id}, 'phone', '+996' || (500000000 + i * 37 % 99999999), id FROM (SELECT id, id AS i FROM subjects);
        INSERT INTO subject_keys (organisation_id, kind, value, subject_id)
          SELECT ${org.id}, 'email', 'buyer' || id || '@mail.kg', id FROM subjects;
        INSERT INTO subjects_search (rowid, text)
          SELECT s.id, s.full_name || ' +996' || (500000000 + s.id * 37 % 99999999) || ' buyer' || s.id || '@mail.kg' FROM subjects s;
      `);
    });
    console.log(
      `Generated ${SUBJECTS} subjects with phones, e-mails and the trigram index in ${((performance.now() - started) / 1000).toFixed(0)} s`,
    );

    const rnd = prng(42);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)] as T;
    const kinds: [string, () => string][] = [
      [
        'phone fragment (6 digits)',
        () => String(500000000 + ((Math.floor(rnd() * SUBJECTS) * 37) % 99999999)).slice(2, 8),
      ],
      [
        'phone as typed «0555 12 34 56»',
        () => {
          const d = String(500000000 + ((Math.floor(rnd() * SUBJECTS) * 37) % 99999999));
          return `0${d.slice(0, 3)} ${d.slice(3, 5)} ${d.slice(5, 7)} ${d.slice(7)}`;
        },
      ],
      ['e-mail fragment', () => `buyer${Math.floor(rnd() * SUBJECTS)}@`],
      ['name fragment (common surname)', () => pick(SURNAMES).slice(0, 5)],
      ['full name', () => `${pick(SURNAMES)} ${pick(NAMES)}`],
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
      for (let i = 0; i < QUERIES; i += 1) {
        const search = make();
        const t = performance.now();
        const page = await app.ok('subjects:list', { organisationId: org.id, search, limit: 50 });
        samples.push(performance.now() - t);
        hits += page.items.length > 0 ? 1 : 0;
      }
      const p = percentiles(samples);
      worst = Math.max(worst, p.p95);
      console.log(
        `${label.padEnd(34)} p50 ${p.p50.toFixed(2).padStart(6)} ms  p95 ${p.p95.toFixed(2).padStart(6)} ms  (${(p.p95 / Math.max(ref.p95, 0.001)).toFixed(1)}× ref; ${hits}/${QUERIES} found)`,
      );
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
