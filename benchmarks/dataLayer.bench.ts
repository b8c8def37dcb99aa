/**
 * `npm run bench:datalayer` — what the one data layer costs. SQLite: the same statements through
 * the app's raw node-sqlite3 calls (the code path before conversion, measured in the same run) and
 * through the typed layer (Kysely compiling to SQLite's dialect, bound to the same connection).
 * PostgreSQL (a throw-away cluster, or COMPLIANCE_DESK_TEST_PG_URL): the same typed calls and the
 * bulk path (COPY) against SQLite's (json_each). Prints µs per call and the ratio to the reference.
 */
import pg from 'pg';
import { performance } from 'node:perf_hooks';
import { migratePostgres } from '../electron/db/postgres/migrate';
import {
  findCorrespondenceSettings,
  saveCorrespondenceSettings,
} from '../electron/db/repositories/correspondenceSettingsRepository';
import { boundKysely } from '../electron/db/store/boundDriver';
import { bulkInsert } from '../electron/db/store/bulkInsert';
import { storeOf } from '../electron/db/store/interop';
import type { DataStore } from '../electron/db/store/types';
import { startCluster, stopCluster } from '../scripts/pg-cluster.mjs';
import { createOrganisation } from '../tests/support/organisationFixture';
import { startTestApp, type TestApp } from '../tests/support/testContext';
import { createTeamDatabase } from '../tests/support/teamDatabase';
import { shopKg } from '../tests/integration/correspondenceFixtures';

const READS = 3000;
const WRITES = 500;
const BULK_ROWS = 200_000;

const perCall = async (count: number, fn: (i: number) => Promise<unknown>): Promise<number> => {
  for (let i = 0; i < Math.min(200, count); i += 1) await fn(i); // warm-up
  const start = performance.now();
  for (let i = 0; i < count; i += 1) await fn(i);
  return ((performance.now() - start) * 1000) / count;
};

/**
 * Two ways of doing the same thing, alternated call by call so that both see the same machine load
 * (the shared 2-core machines): returns µs per call of each.
 */
const interleaved = async (
  count: number,
  reference: (i: number) => Promise<unknown>,
  candidate: (i: number) => Promise<unknown>,
): Promise<[number, number]> => {
  for (let i = 0; i < Math.min(200, count); i += 1) await reference(i).then(() => candidate(i));
  let a = 0;
  let b = 0;
  for (let i = 0; i < count; i += 1) {
    const start = performance.now();
    await reference(i);
    const middle = performance.now();
    await candidate(i);
    a += middle - start;
    b += performance.now() - middle;
  }
  return [(a * 1000) / count, (b * 1000) / count];
};

/** The layer alone: building, compiling and "executing" a query on a connection that answers at once. */
const layerOnly = async (): Promise<number> => {
  const k = boundKysely('sqlite', {
    executeQuery: async () => ({ rows: [] }),
    streamQuery: () => {
      throw new Error('unused');
    },
  });
  return perCall(20_000, (i) =>
    k.selectFrom('correspondence_settings').selectAll().where('organisation_id', '=', i).executeTakeFirst(),
  );
};

const line = (name: string, us: number, reference?: number) =>
  console.log(
    `${name.padEnd(58)} ${us.toFixed(1).padStart(9)} µs${reference ? `   ratio ${(us / reference).toFixed(2)}×` : ''}`,
  );

const LEGACY_UPSERT = `INSERT INTO correspondence_settings (organisation_id, incoming_format, outgoing_format, kind_codes,
  time_zone, signatory_position, signatory_name, executor_name, executor_contact, kg_breach_target_hours, gdpr_opt_in, updated_at)
  VALUES (:organisationId, :incomingFormat, :outgoingFormat, :kindCodes, :timeZone, :signatoryPosition, :signatoryName,
    :executorName, :executorContact, :kgBreachTargetHours, :gdprOptIn, :now)
  ON CONFLICT (organisation_id) DO UPDATE SET incoming_format = excluded.incoming_format,
    outgoing_format = excluded.outgoing_format, kind_codes = excluded.kind_codes, time_zone = excluded.time_zone,
    signatory_position = excluded.signatory_position, signatory_name = excluded.signatory_name,
    executor_name = excluded.executor_name, executor_contact = excluded.executor_contact,
    kg_breach_target_hours = excluded.kg_breach_target_hours, gdpr_opt_in = excluded.gdpr_opt_in,
    updated_at = excluded.updated_at`;

const bulkRows = () =>
  Array.from({ length: BULK_ROWS }, (_, i) => [i, `Покупатель ${i}`, `+99655${String(i).padStart(7, '0')}`]);

const measureBulk = async (store: DataStore, prepare: () => Promise<void>): Promise<number> => {
  await prepare();
  const rows = bulkRows();
  const start = performance.now();
  await store.transaction((tx) => bulkInsert(tx, 't_bulk', ['k', 'name', 'phone'], rows));
  return BULK_ROWS / ((performance.now() - start) / 1000);
};

const typedCalls = async (app: TestApp, orgId: number) => {
  const store = storeOf(app.ctx);
  const settings = await app.ok('correspondence:getSettings', { organisationId: orgId });
  const read = await perCall(READS, () => findCorrespondenceSettings(store.read, orgId));
  const audited = await perCall(WRITES, (i) =>
    app.ok('correspondence:updateSettings', {
      organisationId: orgId,
      data: { ...settings, executorName: `А ${i}` },
    }),
  );
  return { settings, read, audited };
};

const sqlite = async () => {
  const app = await startTestApp();
  const orgId = (await app.ok('organisations:create', shopKg)).id;
  const typed = await typedCalls(app, orgId);
  const settings = { ...typed.settings, organisationId: undefined };
  const db = app.ctx.db;
  const store = storeOf(app.ctx);
  const [rawRead, typedRead] = await interleaved(
    READS,
    () => db.get('SELECT * FROM correspondence_settings WHERE organisation_id = :orgId', { orgId }),
    () => findCorrespondenceSettings(store.read, orgId),
  );
  const now = () => new Date().toISOString();
  const [rawWrite, typedWrite] = await interleaved(
    WRITES,
    (i) =>
      db.transaction((tx) =>
        tx.run(LEGACY_UPSERT, {
          ...settings,
          organisationId: orgId,
          executorName: `Р ${i}`,
          kindCodes: JSON.stringify(settings.kindCodes),
          gdprOptIn: 0,
          now: now(),
        }),
      ),
    (i) =>
      store.transaction((tx) =>
        saveCorrespondenceSettings(tx, orgId, { ...typed.settings, executorName: `И ${i}` }, now()),
      ),
  );
  console.log('\nSQLite (the single-officer set-up)');
  line('read one settings row — raw node-sqlite3 (reference)', rawRead);
  line('read one settings row — typed layer (Kysely, same connection)', typedRead, rawRead);
  line('upsert in a transaction — raw node-sqlite3 (reference)', rawWrite);
  line('upsert in a transaction — typed layer', typedWrite, rawWrite);
  line('the typed layer alone: build + compile + execute, no database', await layerOnly());
  line('correspondence:updateSettings end to end (audited change)', typed.audited);
  const bulk = await measureBulk(storeOf(app.ctx), () =>
    db.exec('CREATE TABLE t_bulk (k integer PRIMARY KEY, name text, phone text)'),
  );
  console.log(
    `${'bulk insert, json_each'.padEnd(58)} ${Math.round(bulk).toLocaleString('en').padStart(9)} rows/s`,
  );
  await app.close();
  return { typed, bulk };
};

const postgres = async (reference: Awaited<ReturnType<typeof sqlite>>) => {
  let url = process.env.COMPLIANCE_DESK_TEST_PG_URL ?? null;
  let caFile = process.env.COMPLIANCE_DESK_TEST_PG_CA ?? null;
  let started: string | null = null;
  if (!url) {
    try {
      const cluster = await startCluster();
      ({ url, caFile } = cluster);
      started = cluster.dir;
    } catch (error) {
      console.log(`\nPostgreSQL: not measured (${error instanceof Error ? error.message : String(error)})`);
      return;
    }
  }
  const template = `cd_bench_template_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${template}`);
  const migrating = new pg.Client({ connectionString: url.replace(/\/[^/]*$/, `/${template}`) });
  await migrating.connect();
  await migratePostgres(migrating);
  await migrating.end();
  const team = await createTeamDatabase({ url, template, caFile });
  const app = await startTestApp({ joinTeam: { team, login: team.logins.officer } });
  try {
    const orgId = (await createOrganisation(app, shopKg)).id;
    const typed = await typedCalls(app, orgId);
    console.log('\nPostgreSQL 127.0.0.1, TLS (team mode); ratio to SQLite through the same typed layer');
    line('read one settings row', typed.read, reference.typed.read);
    line(
      'correspondence:updateSettings end to end (server-sealed audit)',
      typed.audited,
      reference.typed.audited,
    );
    const bulk = await measureBulk(storeOf(app.ctx), async () => {
      await team.admin.query('CREATE TABLE t_bulk (k integer PRIMARY KEY, name text, phone text)');
      await team.admin.query('GRANT INSERT, SELECT ON t_bulk TO cd_officer');
    });
    console.log(
      `${'bulk insert, COPY'.padEnd(58)} ${Math.round(bulk).toLocaleString('en').padStart(9)} rows/s   ratio ${(bulk / reference.bulk).toFixed(2)}× SQLite json_each`,
    );
  } finally {
    await app.close();
    await team.drop();
    await admin.query(`DROP DATABASE ${template} WITH (FORCE)`);
    await admin.end();
    if (started) stopCluster(started);
  }
};

const main = async () => {
  const reference = await sqlite();
  await postgres(reference);
};

void main().catch((error) => {
  console.error(error);
  process.exit(1);
});
