import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { openPostgresStore, postgresTypes, type PostgresStore } from '../../electron/db/store/postgresStore';
import type { TestPostgres } from './postgresGlobalSetup';

export type TeamRole = 'officer' | 'lawyer' | 'auditor';

export interface TeamLogin {
  login: string;
  password: string;
  displayName: string;
}

/** A fresh team database (a copy of the migrated template) with one login per role. */
export interface TeamDatabase {
  name: string;
  /** The superuser on this database: what an administrator does, tests do through it. */
  admin: pg.Client;
  logins: Record<TeamRole, TeamLogin>;
  /** The connection settings of a login, TLS verified against the cluster's certificate. */
  config(login: TeamLogin): pg.ClientConfig;
  /** The app's store, connected as this login. */
  store(login: TeamLogin): PostgresStore;
  /** The administrator grants a login a role on an organisation. */
  grant(login: TeamLogin, organisationId: number, role: TeamRole): Promise<void>;
  drop(): Promise<void>;
}

/**
 * The cluster the vitest global setup provides. A dynamic import: benchmarks load this module outside
 * vitest, where importing it at all throws.
 */
export const providedPostgres = async (): Promise<TestPostgres> => {
  const provided = (await import('vitest')).inject('postgres');
  if (!provided) throw new Error('PostgreSQL is not available in this run');
  return provided;
};

export const createTeamDatabase = async (cluster?: TestPostgres): Promise<TeamDatabase> => {
  const { url, template, caFile } = cluster ?? (await providedPostgres());
  const name = `cd_t_${randomBytes(6).toString('hex')}`;
  const server = new pg.Client({ connectionString: url });
  await server.connect();
  await server.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  const base = new URL(url);
  const admin = new pg.Client({
    connectionString: url.replace(/\/[^/]*$/, `/${name}`),
    types: postgresTypes,
  });
  await admin.connect();
  const logins = {} as Record<TeamRole, TeamLogin>;
  const people: Record<TeamRole, string> = {
    officer: 'Асанова Айгуль',
    lawyer: 'Юрист Бакыт',
    auditor: 'Аудитор Жанна',
  };
  for (const role of ['officer', 'lawyer', 'auditor'] as const) {
    const login = {
      login: `${name}_${role}`,
      password: randomBytes(12).toString('hex'),
      displayName: people[role],
    };
    await server.query(`CREATE ROLE ${login.login} LOGIN PASSWORD '${login.password}' IN ROLE cd_${role}`);
    await admin.query('INSERT INTO cd_users (login, display_name) VALUES ($1, $2)', [
      login.login,
      login.displayName,
    ]);
    logins[role] = login;
  }
  const stores: PostgresStore[] = [];
  const config = (login: TeamLogin): pg.ClientConfig => ({
    host: base.hostname,
    port: Number(base.port),
    database: name,
    user: login.login,
    password: login.password,
    ...(caFile ? { ssl: { ca: readFileSync(caFile, 'utf8'), rejectUnauthorized: true } } : {}),
  });
  return {
    name,
    admin,
    logins,
    config,
    store: (login) => {
      const store = openPostgresStore(config(login));
      stores.push(store);
      return store;
    },
    grant: async (login, organisationId, role) => {
      await admin.query(
        `INSERT INTO cd_grants (login, organisation_id, role) VALUES ($1, $2, $3)
         ON CONFLICT (login, organisation_id) DO UPDATE SET role = excluded.role`,
        [login.login, organisationId, role],
      );
    },
    drop: async () => {
      await Promise.all(stores.map((s) => s.close().catch(() => undefined)));
      await admin.end();
      await server.query(`DROP DATABASE ${name} WITH (FORCE)`);
      for (const login of Object.values(logins)) await server.query(`DROP ROLE ${login.login}`);
      await server.end();
    },
  };
};
