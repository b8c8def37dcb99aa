import { performance } from 'node:perf_hooks';
import type { ImportCounts, ImportJob, ImportProgress } from '../../shared/imports/job';
import type { MapResult, OrderRow, RowIssue } from '../../shared/imports/fields';
import type { ReadItem } from '../../shared/imports/fileTypes';
import { groupOrderItems, mapOrderGroup, type OrderGroup } from '../../shared/imports/orderGrouping';
import { mapRecord } from '../../shared/imports/mapRecord';
import { presetById } from '../../shared/imports/presets';
import { emptyCounts } from '../../shared/imports/job';
import { insertRows } from '../db/batchInsert';
import type { Database } from '../db/database';
import type { Queryable } from '../db/connection';
import { sha256OfFile } from '../services/attachments';
import { appendAudit } from '../services/auditTrail';
import { readRecords } from './readRecords';
import { writeLedgerBatch, type LedgerWarning } from './ledgerWriter';

type Issue = Pick<RowIssue, 'line' | 'column' | 'value'> & { reason: string };

const PROGRESS_EVERY_MS = 200;

const insertIssues = (tx: Queryable, importId: number, issues: Issue[], severity: 'error' | 'warning') =>
  insertRows(
    tx,
    'import_rejections',
    ['import_id', 'line', 'column_name', 'reason', 'value', 'severity'],
    issues.map((i) => [importId, i.line, i.column ?? '', i.reason, i.value.slice(0, 500), severity]),
  );

const saveCounts = (tx: Queryable, importId: number, c: ImportCounts) =>
  tx.run(
    `UPDATE imports SET rows_read = :rowsRead, orders_imported = :imported, duplicates = :duplicates,
       rejected = :rejected, warnings = :warnings, subjects_created = :subjectsCreated,
       transfers_created = :transfersCreated WHERE id = :importId`,
    { ...c, importId },
  );

/** Data rows (not errors) a read item stands for: a Shopify group counts all its line-item rows. */
const rowsOf = (item: ReadItem | OrderGroup): number => ('rowCount' in item ? item.rowCount : 1);

/**
 * Streams the file, maps and normalises every record, and writes the ledger in batches: each batch
 * (rows, rejections, counters) is one transaction, so the database is consistent after every batch.
 * Throws the signal's AbortError when cancelled; the caller then removes the unfinished import.
 */
export const runImportPipeline = async (
  db: Database,
  job: ImportJob,
  signal: AbortSignal,
  report: (progress: ImportProgress) => void,
): Promise<ImportProgress> => {
  const started = performance.now();
  const counts = emptyCounts();
  const preset = presetById(job.preset);
  const target = {
    organisationId: job.organisationId,
    importId: job.importId,
    source: job.source,
    createdAt: new Date().toISOString(),
  };
  // This connection only imports: a WAL checkpoint every ~40 MB instead of every 4 MB (each
  // checkpoint copies pages back and syncs the file).
  await db.exec('PRAGMA wal_autocheckpoint = 10000;');
  // The file's fingerprint goes into the import history (which exact file was imported).
  const fileSha256 = await sha256OfFile(job.path);
  await db.run('UPDATE imports SET file_sha256 = :fileSha256 WHERE id = :importId', {
    fileSha256,
    importId: job.importId,
  });
  let bytesRead = 0;
  let lastReport = 0;
  const progress = (): ImportProgress => ({
    bytesRead,
    totalBytes: job.sniff.fileSize,
    counts: { ...counts },
    elapsedMs: performance.now() - started,
  });
  const maybeReport = (force = false) => {
    const now = performance.now();
    if (force || now - lastReport >= PROGRESS_EVERY_MS) {
      lastReport = now;
      report(progress());
    }
  };

  let rows: OrderRow[] = [];
  let errors: Issue[] = [];
  let warnings: Issue[] = [];
  // One batch is written while the next one is parsed: SQLite works on its own thread, so parsing
  // (JavaScript) and writing overlap. Batches still commit strictly one after another.
  let writing: Promise<void> = Promise.resolve();
  const flush = async () => {
    await writing;
    if (rows.length === 0 && errors.length === 0 && warnings.length === 0) return;
    const batch = rows;
    const batchErrors = errors;
    const batchWarnings = warnings;
    rows = [];
    errors = [];
    warnings = [];
    signal.throwIfAborted();
    writing = db.transaction(async (tx) => {
      // Orders of earlier batches are committed, so the ledger itself finds repeats across batches.
      const result = await writeLedgerBatch(tx, target, batch, new Set());
      counts.imported += result.counts.imported;
      counts.duplicates += result.counts.duplicates;
      counts.subjectsCreated += result.counts.subjectsCreated;
      counts.transfersCreated += result.counts.transfersCreated;
      const allWarnings: Issue[] = [
        ...batchWarnings,
        ...result.warnings.map((w: LedgerWarning) => ({ ...w })),
      ];
      counts.warnings += allWarnings.length;
      counts.rejected += new Set(batchErrors.map((e) => e.line)).size;
      await insertIssues(tx, job.importId, batchErrors, 'error');
      await insertIssues(tx, job.importId, allWarnings, 'warning');
      await saveCounts(tx, job.importId, counts);
    });
    writing.then(() => maybeReport(true)).catch(() => undefined);
  };

  const read = readRecords(job.path, job.sniff, {
    signal,
    onProgress: (bytes) => {
      bytesRead = bytes;
      maybeReport();
    },
  });
  const keyHeader = job.mapping.externalOrderId;
  const items = preset.groupBy && keyHeader ? groupOrderItems(read, keyHeader) : read;
  const ctx = { defaultCountry: job.defaultCountry };

  for await (const item of items) {
    counts.rowsRead += rowsOf(item);
    if ('error' in item) {
      errors.push({
        line: item.line,
        column: item.error.column ?? null,
        reason: item.error.reason,
        value: '',
      });
    } else {
      const mapped: MapResult =
        'rowCount' in item
          ? mapOrderGroup(item as OrderGroup, job.mapping, ctx)
          : mapRecord(item.values, job.mapping, { ...ctx, line: item.line });
      if (mapped.ok) {
        rows.push(mapped.row);
        warnings.push(...mapped.warnings);
      } else {
        errors.push(...mapped.errors);
      }
    }
    if (rows.length + errors.length >= job.batchSize) await flush();
  }
  await flush();
  await writing;

  // Completion and its audit entry in one transaction: the import is either running or done.
  const done = progress();
  await db.transaction(async (tx) => {
    await tx.run(
      `UPDATE imports SET status = 'completed', finished_at = :finishedAt, duration_ms = :durationMs WHERE id = :importId`,
      {
        importId: job.importId,
        finishedAt: new Date().toISOString(),
        durationMs: Math.round(done.elapsedMs),
      },
    );
    await appendAudit(
      tx,
      {
        entity: 'import',
        entityId: job.importId,
        action: 'create',
        before: null,
        after: { fileName: job.path.split(/[\\/]/).pop(), preset: job.preset, ...counts },
      },
      job.actor,
      new Date().toISOString(),
    );
  });
  return done;
};
