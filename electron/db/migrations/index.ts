import type { Queryable } from '../connection';
import type { Database } from '../database';
import { migration0001 } from './0001_initial';
import { migration0002 } from './0002_subjects_ledger';
import { migration0003 } from './0003_correspondence';
import { migration0004 } from './0004_breaches';
import { migration0005 } from './0005_evidence';
import { migration0006, migration0006Data } from './0006_ledger_identity';
import { migration0007 } from './0007_legal_output';
import { migration0009 } from './0009_desktop';
import { migration0010 } from './0010_policies';
import { migration0011 } from './0011_subject_lookups';
import { migration0013 } from './0013_subject_words';
import { migration0014, migration0014Data } from './0014_team_mode';
import { migration0017, migration0017Data } from './0017_team_registers';

export interface Migration {
  version: number;
  name: string;
  sql: string;
  /** Data changes SQL alone cannot make (e.g. Unicode lower case), run after `sql` in the same transaction. */
  data?: (tx: Queryable) => Promise<void>;
}

/** Append-only: never edit a shipped migration, add the next number. */
export const migrations: readonly Migration[] = [
  { version: 1, name: 'initial', sql: migration0001 },
  { version: 2, name: 'subjects ledger', sql: migration0002 },
  { version: 3, name: 'correspondence', sql: migration0003 },
  { version: 4, name: 'breaches', sql: migration0004 },
  { version: 5, name: 'evidence', sql: migration0005 },
  { version: 6, name: 'ledger identity', sql: migration0006, data: migration0006Data },
  { version: 7, name: 'legal output', sql: migration0007 },
  { version: 9, name: 'desktop', sql: migration0009 },
  { version: 10, name: 'policies', sql: migration0010 },
  { version: 11, name: 'subject look-ups', sql: migration0011 },
  { version: 13, name: 'subject words', sql: migration0013 },
  { version: 14, name: 'team mode', sql: migration0014, data: migration0014Data },
  { version: 17, name: 'team registers', sql: migration0017, data: migration0017Data },
];

export const latestSchemaVersion = migrations[migrations.length - 1]?.version ?? 0;

export class NewerDatabaseError extends Error {
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `The database was written by a newer version of Compliance Desk (schema ${found}; this version supports up to ${supported}). Install the newer version or restore an older backup.`,
    );
    this.name = 'NewerDatabaseError';
  }
}

export interface MigrateOptions {
  /** Called once before pending migrations run on a database that already holds data. */
  beforeMigrate?: (fromVersion: number) => Promise<void>;
  list?: readonly Migration[];
}

/**
 * Versions that were applied strictly in order, by PRAGMA user_version alone, before migrations were
 * recorded one by one: a database without `schema_migrations` at user_version N has exactly these
 * up to N. Branches land in any order, so a migration numbered below one already shipped (13 after
 * 14) still runs on such a database.
 */
const APPLIED_IN_ORDER = [1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 14];

const appliedVersions = async (db: Database, current: number): Promise<Set<number>> => {
  const recorded = await db.get(
    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'",
  );
  if (!recorded) return new Set(APPLIED_IN_ORDER.filter((v) => v <= current));
  return new Set(
    (await db.all<{ version: number }>('SELECT version FROM schema_migrations')).map((r) => r.version),
  );
};

/**
 * Applies every migration not applied yet, in version order, in one transaction. Each applied
 * version is recorded in `schema_migrations`; PRAGMA user_version holds the highest (what a newer or
 * older database is told by).
 */
export const migrate = async (db: Database, options: MigrateOptions = {}): Promise<number> => {
  const list = options.list ?? migrations;
  const latest = list[list.length - 1]?.version ?? 0;
  const current = await db.userVersion();
  if (current > latest) throw new NewerDatabaseError(current, latest);
  const applied = await appliedVersions(db, current);
  const pending = list.filter((m) => !applied.has(m.version));
  if (pending.length === 0) return current;
  if (current > 0 && options.beforeMigrate) await options.beforeMigrate(current);
  await db.transaction(async (tx) => {
    for (const m of pending) {
      await tx.exec(m.sql);
      await m.data?.(tx);
    }
    await tx.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY)');
    await tx.run('INSERT OR IGNORE INTO schema_migrations (version) SELECT value FROM json_each(:versions)', {
      versions: JSON.stringify([...applied, ...pending.map((m) => m.version)]),
    });
    await tx.exec(`PRAGMA user_version = ${latest}`);
  });
  return latest;
};
