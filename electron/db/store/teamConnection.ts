import type { ConnectionOptions } from 'node:tls';
import type pg from 'pg';
import { TeamConnectionSettings } from '../../../shared/domain/teamConnection';
import { postgresMigrations, postgresSchemaVersion } from '../postgres/migrate';
import { openPostgresStore } from './postgresStore';

/** The pg settings for a team connection: TLS as chosen, certificate checks never switched off. */
export const teamPoolConfig = (
  settings: TeamConnectionSettings,
  password: string,
  readCaFile: (path: string) => string,
): pg.PoolConfig => {
  const s = TeamConnectionSettings.parse(settings);
  const ca = s.caFile.trim() ? { ca: readCaFile(s.caFile.trim()) } : {};
  const ssl: ConnectionOptions | false =
    s.tls === 'disable'
      ? false
      : s.tls === 'verify-ca'
        ? { ...ca, rejectUnauthorized: true, checkServerIdentity: () => undefined }
        : { ...ca, rejectUnauthorized: true, servername: s.host };
  return { host: s.host, port: s.port, database: s.database, user: s.user, password, ssl };
};

export interface TeamConnectionCheck {
  /** The team schema's version on the server and the newest this app knows. */
  schemaVersion: number;
  appSchemaVersion: number;
  /** The login as the server authenticated it, and its Compliance Desk roles. */
  login: string;
  roles: ('officer' | 'lawyer' | 'auditor')[];
  /** Organisations granted to this login. */
  organisations: number;
  tls: boolean;
}

/**
 * The wizard's "Check connection": connects with the given settings and reports what the server
 * says about this login. Errors are the app's (errors.team.login, .certificate, .unreachable …).
 */
export const checkTeamConnection = async (config: pg.PoolConfig): Promise<TeamConnectionCheck> => {
  const store = openPostgresStore({ ...config, max: 1 });
  try {
    return await store.transaction(async (tx) => {
      const client = tx.native as pg.PoolClient;
      const who = await client.query<{ login: string; roles: string[] | null; tls: boolean }>(
        `SELECT session_user AS login,
           (SELECT array_agg(substr(r.rolname, 4) ORDER BY r.rolname) FROM pg_roles r
             WHERE r.rolname IN ('cd_officer', 'cd_lawyer', 'cd_auditor') AND pg_has_role(session_user, r.oid, 'MEMBER')) AS roles,
           coalesce((SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()), false) AS tls`,
      );
      const schemaVersion = await postgresSchemaVersion(client);
      const granted =
        schemaVersion > 0
          ? ((
              await client.query<{ n: number }>(
                'SELECT count(*) AS n FROM cd_grants WHERE login = session_user',
              )
            ).rows[0]?.n ?? 0)
          : 0;
      const row = who.rows[0] as { login: string; roles: string[] | null; tls: boolean };
      return {
        schemaVersion,
        appSchemaVersion: postgresMigrations[postgresMigrations.length - 1]?.version ?? 0,
        login: row.login,
        roles: (row.roles ?? []) as TeamConnectionCheck['roles'],
        organisations: Number(granted),
        tls: row.tls,
      };
    });
  } finally {
    await store.close();
  }
};
