import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { migratePostgres } from '../../electron/db/postgres/migrate';
import { startCluster, stopCluster } from '../../scripts/pg-cluster.mjs';

export interface TestPostgres {
  /** The superuser's connection string (database `postgres`). */
  url: string;
  /** A migrated database that each test copies (CREATE DATABASE … TEMPLATE). */
  template: string;
  /** The cluster's self-signed certificate, for verify-full TLS; null when it runs without TLS. */
  caFile: string | null;
}

declare module 'vitest' {
  export interface ProvidedContext {
    postgres: TestPostgres | null;
  }
}

const required = (): boolean =>
  Boolean(process.env.CI) || process.env.COMPLIANCE_DESK_REQUIRE_POSTGRES === '1';

const warnLoudly = (reason: string): void => {
  const line = '!'.repeat(100);
  console.warn(
    `\n${line}\n!! PostgreSQL tests SKIPPED: ${reason}\n!! Team mode is NOT tested in this run. Install postgresql (15+) or set COMPLIANCE_DESK_TEST_PG_URL.\n${line}\n`,
  );
};

/**
 * Integration tests run on SQLite and, through this setup, on PostgreSQL: a cluster given by
 * COMPLIANCE_DESK_TEST_PG_URL (.ci/run starts one with scripts/pg-cluster.mjs), else a throw-away
 * cluster started here. Without a server the PostgreSQL runs are skipped with a loud warning —
 * except in CI (CI or COMPLIANCE_DESK_REQUIRE_POSTGRES=1), where that is a failure.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let url = process.env.COMPLIANCE_DESK_TEST_PG_URL ?? null;
  let caFile = process.env.COMPLIANCE_DESK_TEST_PG_CA ?? null;
  let startedDir: string | null = null;
  if (!url) {
    try {
      const cluster = await startCluster();
      ({ url, caFile } = cluster);
      startedDir = cluster.dir;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      if (required()) throw new Error(`PostgreSQL is required in CI and could not be started: ${reason}`);
      warnLoudly(reason);
      project.provide('postgres', null);
      return async () => undefined;
    }
  }
  const template = `cd_template_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${template}`);
  await admin.query(`CREATE DATABASE ${template}`);
  const migrating = new pg.Client({ connectionString: url.replace(/\/[^/]*$/, `/${template}`) });
  await migrating.connect();
  await migratePostgres(migrating);
  await migrating.end();
  project.provide('postgres', { url, template, caFile });
  return async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`).catch(() => undefined);
    await admin.end();
    if (startedDir) stopCluster(startedDir);
  };
}
