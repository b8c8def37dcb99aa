/**
 * `npm run bench:search` — subject look-ups over 1,000,000 subjects (SUBJECTS=… to change): by a
 * phone as typed or its last digits, e-mail prefix, order number, word of a name or of an address,
 * through the same `subjects:list` channel the UI uses (one B-tree of look-up terms, no trigram
 * index). Prints p50/p95 per kind of query against a reference (a primary-key read) measured in the
 * same run, just before each look-up. Target: look-up p95 ≤ 10 ms. SEARCH_BENCH_DIR=<folder> keeps
 * the generated ledger there and reuses it on the next run.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startTestApp } from '../tests/support/testContext';
import { prng } from './generateExports';
import { NAMES, STREETS, SURNAMES, generateLedger, phoneOf } from './searchLedger';

const SUBJECTS = Number(process.env.SUBJECTS ?? 1_000_000);
const QUERIES = 300;
const TARGET_P95_MS = 10;

const percentiles = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
  return { p50: at(0.5), p95: at(0.95) };
};
const ms = (x: number) => `${x.toFixed(2).padStart(6)} ms`;

const main = async () => {
  const kept = process.env.SEARCH_BENCH_DIR;
  const dir = kept ?? (await mkdtemp(join(tmpdir(), 'cd-bench-search-')));
  const app = await startTestApp({ dir });
  try {
    const existing = (await app.ok('organisations:list', {})).find((o) => o.name === 'Бенчмарк');
    const org =
      existing ??
      (await app.ok('organisations:create', {
        name: 'Бенчмарк',
        registrationNumber: '02311201910245',
        jurisdiction: 'KG',
      }));
    if (!existing) {
      const started = performance.now();
      await generateLedger(app, org.id, SUBJECTS);
      console.log(
        `Generated ${SUBJECTS} subjects with phones, e-mails, orders and look-up terms in ${((performance.now() - started) / 1000).toFixed(0)} s`,
      );
    }
    // What the look-up index by subject costs built set-based over the whole ledger (an import writes
    // it in key order as it inserts the terms, which costs no more than this).
    const terms = (await app.ctx.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM subject_terms'))?.n ?? 0;
    const rebuilt = performance.now();
    const cpu = process.cpuUsage();
    await app.ctx.db.exec(`DROP INDEX subject_terms_by_subject;
      CREATE INDEX subject_terms_by_subject ON subject_terms (subject_id, term);`);
    const buildMs = performance.now() - rebuilt;
    const { user, system } = process.cpuUsage(cpu);
    const per100k = (x: number) => ((x / SUBJECTS) * 100_000).toFixed(0);
    console.log(
      `subject_terms: ${terms} terms; index by subject built in ${(buildMs / 1000).toFixed(2)} s, ${((user + system) / 1e6).toFixed(2)} CPU s: ${per100k(buildMs)} ms (${per100k((user + system) / 1000)} CPU ms) per 100,000 subjects`,
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
      ['phone as typed «+996 555 123 456»', () => `+996 ${digits().replace(/(\d{3})(\d{3})/, '$1 $2 ')}`],
      ['phone by its last 4 digits', () => digits().slice(-4)],
      ['phone by its last 6 digits', () => digits().slice(-6)],
      ['e-mail prefix', () => `buyer${someone()}@`],
      ['order number', () => String(100000 + someone())],
      ['word of a name by its start', () => pick(SURNAMES).slice(0, 5)],
      ['two words of a name', () => `${pick(NAMES)} ${pick(SURNAMES)}`],
      ['word of an address', () => pick(STREETS).replace(/^ул\. /, '')],
    ];
    // Beyond the issue's list: a surname and a street, both common, mostly in combinations nobody has
    // (the generator ties a street to a surname) — the look-up checks at most SCAN_BUDGET postings.
    const rare: [string, () => string][] = [
      ['common name + street (rare pair)', () => `${pick(SURNAMES)} ${pick(STREETS)}`],
    ];
    const reference: number[] = [];
    let worst = 0;
    for (const [label, make] of [...kinds, ...rare]) {
      const samples: number[] = [];
      const nearby: number[] = [];
      let hits = 0;
      let capped = 0;
      let incomplete = 0;
      const missed = new Set<string>();
      for (let i = 0; i < QUERIES; i += 1) {
        const search = make();
        // A primary-key read before each look-up: the reference sees the same moment of the machine's load.
        const r = performance.now();
        await app.ctx.db.get('SELECT * FROM subjects WHERE id = :id', { id: someone() });
        nearby.push(performance.now() - r);
        const t = performance.now();
        const page = await app.ok('subjects:list', { organisationId: org.id, search, limit: 50 });
        samples.push(performance.now() - t);
        capped += page.totalCapped ? 1 : 0;
        incomplete += page.searchIncomplete ? 1 : 0;
        hits += page.items.length > 0 ? 1 : 0;
        if (page.items.length === 0) missed.add(search);
      }
      reference.push(...nearby);
      const p = percentiles(samples);
      const near = percentiles(nearby);
      if (kinds.some(([k]) => k === label)) worst = Math.max(worst, p.p95);
      console.log(
        `${label.padEnd(34)} p50 ${ms(p.p50)}  p95 ${ms(p.p95)}  (reference p50 ${near.p50.toFixed(2)} / p95 ${near.p95.toFixed(2)} ms; ${hits}/${QUERIES} found, ${capped} counted «more than»${incomplete > 0 ? `, ${incomplete} stopped short («уточните запрос»)` : ''})`,
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
    const ref = percentiles(reference);
    console.log(`${'browse first 100 pages by name'.padEnd(34)} p50 ${ms(b.p50)}  p95 ${ms(b.p95)}`);
    console.log(`reference primary-key read over the run: p50 ${ms(ref.p50)}  p95 ${ms(ref.p95)}`);
    console.log(
      `worst p95 of the issue's look-ups ${worst.toFixed(2)} ms — target ≤ ${TARGET_P95_MS} ms: ${worst <= TARGET_P95_MS ? 'met' : 'NOT met'}`,
    );
  } finally {
    await app.close();
    if (!kept) await rm(dir, { recursive: true, force: true });
  }
};

void main();
