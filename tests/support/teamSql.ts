import pg from 'pg';
import { postgresTypes } from '../../electron/db/store/postgresStore';
import type { TeamDatabase, TeamLogin } from './teamDatabase';

/**
 * Raw SQL under a person's own login, as a client that bypasses the app would send it: what the
 * role-enforcement tests use to show that the server, not the app, refuses.
 */
export interface RawSession {
  client: pg.Client;
  /** One transaction around `work`: committed when it resolves, rolled back when it throws. */
  inTx<T>(work: () => Promise<T>): Promise<T>;
  /** Records an audit entry (the server seals it) for a row written in the current transaction. */
  audit(entity: string, id: number, organisationId: number | null): Promise<void>;
}

export const rawSession = async (team: TeamDatabase, login: TeamLogin): Promise<RawSession> => {
  // bigint read as a number, as the app reads it.
  const client = new pg.Client({ ...team.config(login), types: postgresTypes });
  await client.connect();
  return {
    client,
    inTx: async (work) => {
      await client.query('BEGIN');
      try {
        const result = await work();
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    },
    audit: async (entity, id, organisationId) => {
      await client.query(
        `INSERT INTO audit_log (entity, entity_id, action, after_json, organisation_id) VALUES ($1, $2, 'create', '{}', $3)`,
        [entity, id, organisationId],
      );
    },
  };
};

/** The SQLSTATE a statement (or transaction) ends with: 'ok', '42501' (refused), 'CD001' (unaudited)… */
export const sqlState = async (work: Promise<unknown>): Promise<string> => {
  try {
    await work;
  } catch (error) {
    return String((error as { code?: string }).code);
  }
  return 'ok';
};
