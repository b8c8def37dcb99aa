import { createHash } from 'node:crypto';
import { open, stat } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import type { AliasValue } from '../../shared/domain/ledger';
import type { ImportJob, ImportProgress } from '../../shared/imports/job';
import { emptyCounts } from '../../shared/imports/job';
import type { ReadItem } from '../../shared/imports/fileTypes';
import { mapOrderGroup, OrderLineGrouper, type OrderGroup } from '../../shared/imports/orderGrouping';
import { mapRecord } from '../../shared/imports/mapRecord';
import { presetById } from '../../shared/imports/presets';
import { aliasKey } from '../../shared/ledger/aliasKey';
import { Connection } from '../db/connection';
import { ImportFileError } from './importFileError';
import { readRecordBatches } from './readRecords';
import { RowStager } from './stage/stageRow';
import { STAGE_SCHEMA } from './stage/stageSchema';
import { StageWriter } from './stage/stageWriter';

/** Distinct delivery (or payment) values beyond which the column is surely not a delivery column. */
export const MAX_ALIAS_VALUES = 1000;
/** Distinct delivery and payment texts (spellings of the values) beyond which the file is refused. */
export const MAX_ALIAS_TEXTS = MAX_ALIAS_VALUES * 20;
/**
 * What the identity pass may hold in memory (keys, names, order numbers, ~250 bytes a person) before
 * it moves to the stage file (RowStager), and how many rows it then decides per batch.
 */
export const IDENTITY_MEMORY_BYTES = 48 * 1024 * 1024;
export const IDENTITY_BATCH_ROWS = 5000;

export interface FileStamp {
  size: number;
  mtimeMs: number;
  ino: number;
}
export const fileStamp = async (path: string): Promise<FileStamp> => {
  const s = await stat(path);
  return { size: s.size, mtimeMs: s.mtimeMs, ino: s.ino };
};
export const sameStamp = (a: FileStamp, b: FileStamp) =>
  a.size === b.size && a.mtimeMs === b.mtimeMs && a.ino === b.ino;

export interface ScanResult {
  progress: ImportProgress;
  values: AliasValue[];
  sha256: string;
  stamp: FileStamp;
}

const bomOf = async (path: string, length: number): Promise<Buffer> => {
  if (length === 0) return Buffer.alloc(0);
  const file = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await file.read(Buffer.alloc(length), 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
};

/**
 * The one read of the file: streams it, maps and normalises every record, applies the identity rule
 * and stages the rows (stageFile), counting the delivery and payment values the officer must map and
 * hashing the bytes read. The import later builds the ledger from the stage, never from the file.
 */
export const scanToStage = async (
  job: ImportJob,
  stageFile: string,
  signal: AbortSignal,
  report: (progress: ImportProgress) => void,
): Promise<ScanResult> => {
  const started = performance.now();
  const counts = emptyCounts();
  const stamp = await fileStamp(job.path);
  if (stamp.size !== job.sniff.fileSize) throw new ImportFileError('import.fileChanged');
  const hash = createHash('sha256');
  hash.update(await bomOf(job.path, job.sniff.format === 'xlsx' ? 0 : job.sniff.bomLength));
  const stageDb = await Connection.open(stageFile);
  try {
    await stageDb.exec(STAGE_SCHEMA);
    const stage = new StageWriter(stageDb);
    const values = new Map<string, AliasValue>();
    let bytesRead = 0;
    let lastReport = 0;
    const progress = (): ImportProgress => ({
      bytesRead,
      totalBytes: job.sniff.fileSize,
      counts: { ...counts, subjectsCreated: stager.persons },
      elapsedMs: performance.now() - started,
    });
    // Each distinct text once (the stage's alias_keys): the ledger's orders get their keys from it.
    const keyOfText = new Map<string, string>();
    // Per field, each distinct text's value (null: no key), so a row costs one look-up per field.
    const valueOfText = {
      delivery: new Map<string, AliasValue | null>(),
      payment: new Map<string, AliasValue | null>(),
    };
    const note = (field: AliasValue['field'], value: string | null) => {
      if (!value) return;
      const known = valueOfText[field].get(value);
      if (known !== undefined) {
        if (known !== null) known.rows += 1;
        return;
      }
      let key = keyOfText.get(value);
      if (key === undefined) {
        if (keyOfText.size >= MAX_ALIAS_TEXTS) throw new ImportFileError('import.tooManyValues');
        keyOfText.set(value, (key = aliasKey(value)));
      }
      let entry: AliasValue | null = null;
      if (key !== '') {
        const id = `${field}:${key}`;
        entry = values.get(id) ?? null;
        if (entry) entry.rows += 1;
        else if (values.size >= MAX_ALIAS_VALUES * 2) throw new ImportFileError('import.tooManyValues');
        else values.set(id, (entry = { field, value, key, rows: 1 }));
      }
      valueOfText[field].set(value, entry);
    };
    const batches = readRecordBatches(job.path, job.sniff, {
      signal,
      onChunk: (chunk) => hash.update(chunk),
      onProgress: (bytes) => {
        bytesRead = bytes;
        const now = performance.now();
        if (now - lastReport >= 200) {
          lastReport = now;
          report(progress());
        }
      },
    });
    const stager = new RowStager(
      stage,
      job.mapping.externalOrderId ?? '',
      (row, staged) => {
        if (!staged) return void (counts.duplicates += 1);
        counts.imported += 1;
        note('delivery', row.deliveryMethod);
        note('payment', row.paymentMethod);
      },
      {
        spillTo: stageDb,
        memoryBytes: job.identityLimits?.memoryBytes ?? IDENTITY_MEMORY_BYTES,
        batchRows: job.identityLimits?.batchRows ?? IDENTITY_BATCH_ROWS,
      },
    );
    const keyHeader = job.mapping.externalOrderId;
    // Shopify-like files: the line items of one order folded into one record (see groupOrderItems).
    const grouper = presetById(job.preset).groupBy && keyHeader ? new OrderLineGrouper(keyHeader) : null;
    const ctx = { defaultCountry: job.defaultCountry };
    const take = (item: ReadItem | OrderGroup) => {
      counts.rowsRead += 'rowCount' in item ? item.rowCount : 1;
      if ('error' in item) {
        counts.rejected += 1;
        stager.issues(
          [{ line: item.line, column: item.error.column ?? null, reason: item.error.reason, value: '' }],
          'error',
        );
        return;
      }
      const mapped =
        'rowCount' in item
          ? mapOrderGroup(item, job.mapping, ctx)
          : mapRecord(item.values, job.mapping, { ...ctx, line: item.line });
      if (!mapped.ok) {
        counts.rejected += 1;
        stager.issues(mapped.errors, 'error');
        return;
      }
      counts.warnings += mapped.warnings.length;
      if (mapped.warnings.length > 0) stager.issues(mapped.warnings, 'warning');
      stager.add(mapped.row);
    };
    for await (const batch of batches) {
      for (const item of batch) {
        if (grouper === null || 'error' in item) take(item);
        else {
          const done = grouper.push(item);
          if (done !== null) take(done);
        }
      }
      signal.throwIfAborted();
      if (stage.full || stager.full) {
        await stager.settle();
        await stage.flush();
      }
    }
    const last = grouper?.flush() ?? null;
    if (last !== null) take(last);
    await stager.settle();
    for (const [text, key] of keyOfText) stage.push('alias_keys', [text, key]);
    await stage.finish();
    const after = await fileStamp(job.path);
    if (!sameStamp(stamp, after)) throw new ImportFileError('import.fileChanged');
    for (const [field, n] of [...values.values()].reduce(
      (m, v) => m.set(v.field, (m.get(v.field) ?? 0) + 1),
      new Map<string, number>(),
    ))
      if (n > MAX_ALIAS_VALUES)
        throw new ImportFileError('import.tooManyValues', undefined, { cause: field });
    const sha256 = hash.digest('hex');
    await stageDb.run(`INSERT INTO meta (key, value) VALUES ('sha256', :sha256), ('counts', :counts)`, {
      sha256,
      counts: JSON.stringify(counts),
    });
    return {
      progress: progress(),
      values: [...values.values()].sort((a, b) => a.field.localeCompare(b.field) || b.rows - a.rows),
      sha256,
      stamp,
    };
  } finally {
    await stageDb.close();
  }
};
