import { performance } from 'node:perf_hooks';
import type { AliasValue } from '../../shared/domain/ledger';
import type { ImportJob, ImportProgress } from '../../shared/imports/job';
import { emptyCounts } from '../../shared/imports/job';
import { groupOrderItems, mapOrderGroup, type OrderGroup } from '../../shared/imports/orderGrouping';
import { mapRecord } from '../../shared/imports/mapRecord';
import { presetById } from '../../shared/imports/presets';
import { aliasKey } from '../../shared/ledger/aliasKey';
import { readRecords } from './readRecords';

/**
 * Reads the whole file once, exactly as the import will, and counts the distinct delivery-service
 * and payment-method values (by alias key) with the number of rows for each — what the wizard asks
 * the officer to map to recipients before anything is written.
 */
export const scanAliasValues = async (
  job: Omit<ImportJob, 'importId' | 'databaseFile' | 'actor' | 'batchSize' | 'source'>,
  signal: AbortSignal,
  report: (progress: ImportProgress) => void,
): Promise<{ progress: ImportProgress; values: AliasValue[] }> => {
  const started = performance.now();
  const counts = emptyCounts();
  const values = new Map<string, AliasValue>();
  let bytesRead = 0;
  let lastReport = 0;
  const progress = (): ImportProgress => ({
    bytesRead,
    totalBytes: job.sniff.fileSize,
    counts: { ...counts },
    elapsedMs: performance.now() - started,
  });
  const read = readRecords(job.path, job.sniff, {
    signal,
    onProgress: (bytes) => {
      bytesRead = bytes;
      const now = performance.now();
      if (now - lastReport >= 200) {
        lastReport = now;
        report(progress());
      }
    },
  });
  const preset = presetById(job.preset);
  const keyHeader = job.mapping.externalOrderId;
  const items = preset.groupBy && keyHeader ? groupOrderItems(read, keyHeader) : read;
  const ctx = { defaultCountry: job.defaultCountry };
  const note = (field: AliasValue['field'], value: string | null) => {
    if (!value) return;
    const key = aliasKey(value);
    if (key === '') return;
    const id = `${field}:${key}`;
    const entry = values.get(id);
    if (entry) entry.rows += 1;
    else values.set(id, { field, value, key, rows: 1 });
  };
  for await (const item of items) {
    counts.rowsRead += 'rowCount' in item ? (item as OrderGroup).rowCount : 1;
    if ('error' in item) {
      counts.rejected += 1;
      continue;
    }
    const mapped =
      'rowCount' in item
        ? mapOrderGroup(item as OrderGroup, job.mapping, ctx)
        : mapRecord(item.values, job.mapping, { ...ctx, line: item.line });
    if (!mapped.ok) {
      counts.rejected += 1;
      continue;
    }
    counts.imported += 1;
    note('delivery', mapped.row.deliveryMethod);
    note('payment', mapped.row.paymentMethod);
  }
  return {
    progress: progress(),
    values: [...values.values()].sort((a, b) => a.field.localeCompare(b.field) || b.rows - a.rows),
  };
};
