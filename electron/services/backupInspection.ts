import { stat } from 'node:fs/promises';
import sqlite3 from 'sqlite3';
import type { BackupInspection, BackupProblem, BackupWarning } from '../../shared/domain/backupInspection';
import type { AppContext } from '../context';
import { Connection } from '../db/connection';
import { expectedSchema, missingFromSchema, tableShape } from '../db/expectedSchema';
import { latestSchemaVersion } from '../db/migrations';
import { APPLICATION_ID } from '../db/migrations/0005_evidence';
import { databaseFileProblem } from '../db/openCheck';
import { logError } from '../platform/errorLog';
import { verifyAuditChain } from './auditTrail';
import { checkReference, readAuditHead } from './audit/auditHead';
import { checkRecords } from './audit/recordCheck';
import { readBackupAnchor } from './backups';

const COUNTED = {
  organisations: 'organisations',
  recipients: 'recipients',
  correspondence: 'correspondence_items',
  incidents: 'breach_incidents',
  auditEntries: 'audit_log',
} as const;

const emptyInspection = (fileName: string, problems: BackupProblem[]): BackupInspection => ({
  fileName,
  schemaVersion: 0,
  supportedVersion: latestSchemaVersion,
  counts: { organisations: 0, recipients: 0, correspondence: 0, incidents: 0, auditEntries: 0 },
  missingTables: [],
  head: null,
  anchor: null,
  problems,
  warnings: [],
});

const pragmaNumber = async (conn: Connection, pragma: string): Promise<number> =>
  Number(Object.values((await conn.get<Record<string, number>>(`PRAGMA ${pragma}`)) ?? {})[0] ?? 0);

/** Runs every check on an opened copy (see inspectCopy). */
const inspectOpened = async (
  ctx: AppContext,
  conn: Connection,
  backupFile: string,
  fileName: string,
): Promise<BackupInspection> => {
  const result = emptyInspection(fileName, []);
  const quick = await conn.all<{ quick_check: string }>('PRAGMA quick_check');
  if (quick.length !== 1 || quick[0]?.quick_check !== 'ok') return emptyInspection(fileName, ['damaged']);
  const version = await pragmaNumber(conn, 'user_version');
  result.schemaVersion = version;
  if (version === 0) return { ...result, problems: ['notAppDatabase'] };
  if (version > latestSchemaVersion) return { ...result, problems: ['newerSchema'] };
  if (version >= 5 && (await pragmaNumber(conn, 'application_id')) !== APPLICATION_ID)
    return { ...result, problems: ['foreignSchema'] };
  const actual = await tableShape(conn);
  result.missingTables = missingFromSchema(await expectedSchema(version), actual);
  if (result.missingTables.length > 0) return { ...result, problems: ['missingTables'] };

  for (const [key, table] of Object.entries(COUNTED) as [keyof typeof COUNTED, string][])
    if (actual.has(table))
      result.counts[key] = (await conn.get<{ n: number }>(`SELECT count(*) AS n FROM ${table}`))?.n ?? 0;
  const problems: BackupProblem[] = [];
  const warnings: BackupWarning[] = [];
  if (Object.values(result.counts).every((n) => n === 0)) warnings.push('noRecords');
  if (version < latestSchemaVersion) warnings.push('olderSchema');

  const chain = await verifyAuditChain(conn);
  if (!chain.ok) problems.push('auditBroken');
  result.head = await readAuditHead(conn);
  const anchor = await readBackupAnchor(backupFile);
  if (anchor === null) warnings.push('notAnchored');
  else {
    result.anchor = await checkReference(conn, anchor, result.head, chain.firstBrokenId);
    if (result.anchor.state !== 'match') problems.push('auditAnchorMismatch');
  }
  // Rows edited behind the app (the loaders know the current schema only).
  if (version === latestSchemaVersion && (await checkRecords(ctx, conn)).findings.length > 0)
    warnings.push('recordsChanged');
  return { ...result, problems, warnings };
};

/**
 * Checks a staged copy of a backup before it may replace the database: a real, undamaged SQLite file
 * of this app (not empty, not newer, not foreign, every expected table and column), with records,
 * and an audit chain that is intact and ends where the backup's side file says. The copy is opened
 * (never the backup itself: FTS5's check needs a writable file).
 */
export const inspectCopy = async (
  ctx: AppContext,
  stagedFile: string,
  backupFile: string,
  fileName: string,
): Promise<BackupInspection> => {
  const fileProblem = await databaseFileProblem(stagedFile);
  if (fileProblem !== null || (await stat(stagedFile)).size === 0)
    return emptyInspection(fileName, [fileProblem ?? 'emptyFile']);
  let conn: Connection | null = null;
  try {
    conn = await Connection.open(stagedFile, sqlite3.OPEN_READWRITE);
    return await inspectOpened(ctx, conn, backupFile, fileName);
  } catch (error) {
    logError('inspect backup', error);
    return emptyInspection(fileName, ['damaged']);
  } finally {
    await conn?.close().catch(() => undefined);
  }
};
