import { performance } from 'node:perf_hooks';
import type { ImportCounts, ImportJob, ImportProgress } from '../../shared/imports/job';
import type { Connection } from '../db/connection';
import { appendAudit } from '../services/auditTrail';
import { buildSteps, possibleMatchSql, prepareStage, type BuildTarget } from './buildLedger';
import { matchPersonsWithLedger } from './ledgerMatch';
import { TransactionSizer } from './transactionSizer';

/** What one transaction of the build aims at (the app's own writes wait at most about this long). */
export const TRANSACTION_BUDGET_MS = 1500;

const inTransaction = async <T>(db: Connection, work: () => Promise<T>): Promise<T> => {
  await db.exec('BEGIN IMMEDIATE');
  try {
    const result = await work();
    await db.exec('COMMIT');
    return result;
  } catch (error) {
    await db.exec('ROLLBACK').catch(() => undefined);
    throw error;
  }
};

const count = async (db: Connection, sql: string) => (await db.get<{ n: number | null }>(sql))?.n ?? 0;

/**
 * Builds the ledger from a scan's stage, set-based: ledger duplicates, the identity match with the
 * ledger, then subjects, orders, keys, look-up terms and transfers in chunks of `job.batchSize` rows (short
 * transactions: the app's own writes slot in between), possible matches and the row issues, and
 * finally the completion with its audit entry. Until that last transaction the import is `running`:
 * whatever stops it before is removed (removeImportData), so it is never half-applied.
 */
export const importFromStage = async (
  db: Connection,
  job: ImportJob,
  stageFile: string,
  signal: AbortSignal,
  report: (progress: ImportProgress) => void,
): Promise<ImportProgress> => {
  const started = performance.now();
  await db.run('ATTACH DATABASE :file AS st', { file: stageFile });
  try {
    const meta = new Map(
      (await db.all<{ key: string; value: string }>('SELECT key, value FROM st.meta')).map((r) => [
        r.key,
        r.value,
      ]),
    );
    const counts: ImportCounts = JSON.parse(meta.get('counts') ?? 'null') as ImportCounts;
    const done = (fraction: number): ImportProgress => ({
      bytesRead: Math.round(job.sniff.fileSize * fraction),
      totalBytes: job.sniff.fileSize,
      counts: { ...counts },
      elapsedMs: performance.now() - started,
    });
    const ledgerDuplicates = await prepareStage(db, job.organisationId, job.source);
    counts.duplicates += ledgerDuplicates;
    counts.imported = 0;
    counts.subjectsCreated = 0;
    await matchPersonsWithLedger(db, job.organisationId);
    const rows = await count(db, 'SELECT MAX(seq) + 1 AS n FROM st.rows');
    const persons = await count(db, 'SELECT MAX(person) + 1 AS n FROM st.persons');
    const target: BuildTarget = await inTransaction(db, async () => {
      const t = {
        organisationId: job.organisationId,
        importId: job.importId,
        source: job.source,
        createdAt: new Date().toISOString(),
        subjectBase: (await count(db, 'SELECT MAX(id) AS n FROM main.subjects')) + 1,
        orderBase: (await count(db, 'SELECT MAX(id) AS n FROM main.orders')) + 1,
      };
      await db.run(
        `UPDATE main.imports SET file_sha256 = :sha256, first_order_id = :orderBase, last_order_id = :lastOrder,
           first_subject_id = :subjectBase, last_subject_id = :lastSubject WHERE id = :importId`,
        {
          ...t,
          sha256: meta.get('sha256') ?? '',
          lastOrder: t.orderBase + rows - 1,
          lastSubject: t.subjectBase + persons - 1,
        },
      );
      return t;
    });
    const params = { ...target };
    const work = buildSteps.reduce((n, s) => n + (s.table === 'rows' ? rows : persons), 0) || 1;
    let worked = 0;
    for (const step of buildSteps) {
      const size = step.table === 'rows' ? rows : persons;
      // Each step starts small and grows its transactions up to the budget, in at least ~10 of
      // them (of 1,000 rows or more), so Cancel acts promptly on a small file too.
      const tenth = Math.max(1000, Math.ceil(size / 10));
      const sizer = new TransactionSizer(Math.min(job.batchSize, tenth), TRANSACTION_BUDGET_MS, 1000, tenth);
      for (let from = 0, chunk = sizer.next; from < size; from += chunk, chunk = sizer.next) {
        signal.throwIfAborted();
        const began = performance.now();
        const { changes } = await inTransaction(db, () =>
          db.run(step.sql, { ...params, from, to: from + chunk - 1 }),
        );
        sizer.took(Math.min(chunk, size - from), performance.now() - began);
        if (step.label === 'orders') counts.imported += changes;
        if (step.label === 'subjects') counts.subjectsCreated += changes;
        if (step.label === 'transfers') counts.transfersCreated += changes;
        worked += Math.min(chunk, size - from);
        report(done(worked / work));
      }
    }
    signal.throwIfAborted();
    return await inTransaction(db, async () => {
      for (const sql of possibleMatchSql) await db.run(sql, params);
      await db.run(
        `INSERT INTO main.import_rejections (import_id, line, column_name, reason, value, severity)
         SELECT :importId, line, column_name, reason, value, severity FROM st.issues
         UNION ALL SELECT :importId, line, :orderColumn, 'import.duplicateOrder', external_id, 'duplicate'
           FROM st.rows WHERE dup = 1`,
        { importId: job.importId, orderColumn: job.mapping.externalOrderId ?? '' },
      );
      const finishedAt = new Date().toISOString();
      const result = done(1);
      await db.run(
        `UPDATE main.imports SET status = 'completed', finished_at = :finishedAt, duration_ms = :durationMs,
           rows_read = :rowsRead, orders_imported = :imported, duplicates = :duplicates, rejected = :rejected,
           warnings = :warnings, subjects_created = :subjectsCreated, transfers_created = :transfersCreated
         WHERE id = :importId`,
        { ...counts, importId: job.importId, finishedAt, durationMs: Math.round(result.elapsedMs) },
      );
      await appendAudit(
        db,
        {
          entity: 'import',
          entityId: job.importId,
          action: 'create',
          before: null,
          after: {
            fileName: job.path.split(/[\\/]/).pop(),
            preset: job.preset,
            sha256: meta.get('sha256'),
            ...counts,
          },
        },
        job.actor,
        finishedAt,
      );
      return result;
    });
  } finally {
    await db.exec('DETACH DATABASE st').catch(() => undefined);
  }
};
