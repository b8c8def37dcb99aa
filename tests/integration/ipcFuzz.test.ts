import fc from 'fast-check';
import type { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channels, contract, type Channel } from '../../shared/ipc/contract';
import { kgOrganisation, recipientInput } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/testContext';

/**
 * Property-based fuzz of every contract channel through the real dispatcher and handlers: whatever
 * the payload, dispatch answers with a Result; a refused payload changes nothing (every table's row
 * count and the audit head); an error carries a message key, never raw text. Seeded and bounded.
 */
const SEED = 20261207;
const RUNS_PER_CHANNEL = 40;
const TIME_LIMIT_MS = 3_000;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  const org = await app.ok('organisations:create', kgOrganisation);
  await app.ok('recipients:create', recipientInput(org.id));
});
afterAll(async () => app.close());

/** Field names of an input schema (through optional, default, nullable, pipe and union). */
const shapeKeys = (schema: z.ZodType): string[] => {
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
  if (def.type === 'object') return Object.keys(def.shape as object);
  for (const inner of [def.innerType, def.in, def.schema]) if (inner) return shapeKeys(inner as z.ZodType);
  if (Array.isArray(def.options)) return (def.options as z.ZodType[]).flatMap(shapeKeys);
  return [];
};

/** Values that have broken things before: unstorable text, impossible instants, huge and odd numbers. */
const nasty = fc.oneof(
  fc.constantFrom(
    'a\uD800b',
    'NUL\u0000',
    '\u202Eevil',
    '2026-02-30T10:00Z',
    '2026-12-31T24:00Z',
    '=1+1',
    '\t=cmd',
    '../../etc/passwd',
    '',
    ' ',
    '0'.repeat(5000),
  ),
  fc.constantFrom(-1, 0, 1, 2 ** 31, Number.MAX_SAFE_INTEGER, 1.5, Number.NaN, Infinity),
  fc.constantFrom(null, undefined, true, [], {}, [null], { id: null }),
  fc.string({ unit: 'binary' }),
  fc.anything(),
);

const payloadFor = (channel: Channel): fc.Arbitrary<unknown> => {
  const keys = shapeKeys(contract[channel].input);
  const field = fc.oneof(nasty, fc.integer({ min: 1, max: 5 }), fc.string());
  return fc.oneof(
    fc.anything(),
    nasty,
    keys.length > 0
      ? fc.record(Object.fromEntries(keys.map((k) => [k, field])), { requiredKeys: [] })
      : fc.constant(null),
    keys.length > 0
      ? fc.record(
          Object.fromEntries(keys.map((k) => [k, fc.oneof(field, fc.dictionary(fc.string(), field))])),
        )
      : fc.constant(undefined),
  );
};

let snapshotSql = '';
/** Every table's row count and the audit head, in one statement. */
const snapshot = async (): Promise<string> => {
  if (snapshotSql === '') {
    const tables = await app.ctx.db.all<{ name: string }>(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%search%' ORDER BY name",
    );
    snapshotSql = `SELECT ${tables.map((t) => `(SELECT count(*) FROM "${t.name}")`).join(" || ',' || ")} || ',' ||
      (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1) AS state`;
  }
  return (await app.ctx.db.get<{ state: string }>(snapshotSql))?.state ?? '';
};

const KEY = /^[a-z][A-Za-z]*(\.[A-Za-z0-9]+)+$/;

describe('IPC fuzz (fast-check, seeded)', () => {
  it('every channel answers every payload with a Result; a refused payload changes nothing', async () => {
    let calls = 0;
    for (const channel of channels) {
      // Channels that would wait for a user's answer in a dialog get "cancelled" (empty script queue).
      await fc.assert(
        fc.asyncProperty(payloadFor(channel), async (payload) => {
          calls += 1;
          const before = await snapshot();
          const result = await app.call(channel, payload as never);
          expect(typeof result.ok).toBe('boolean');
          if (result.ok) return;
          expect(result.error.message).toMatch(KEY);
          for (const messages of Object.values(result.error.fieldErrors ?? {}))
            for (const m of messages) expect(m).toMatch(KEY);
          expect(await snapshot()).toBe(before);
        }),
        { seed: SEED, numRuns: RUNS_PER_CHANNEL, interruptAfterTimeLimit: TIME_LIMIT_MS, endOnFailure: true },
      );
    }
    expect(calls).toBeGreaterThan(channels.length);
    expect(await app.ok('audit:verify')).toMatchObject({ ok: true });
  });
});
