import { writeFile } from 'node:fs/promises';
import type { SavedFile } from '../../../shared/domain/app';
import { changedKeys, type AuditEntry } from '../../../shared/domain/audit';
import type { AuditFilter } from '../../../shared/domain/auditQuery';
import {
  actionLabelKey,
  entityLabelKey,
  fieldLabelIn,
  HIDDEN_FIELDS,
  lookUp,
} from '../../../shared/audit/auditLabels';
import { csvDocument, csvLine } from '../../../shared/format/csv';
import { formatInstantRu } from '../../../shared/format/date';
import { uiRu } from '../../../shared/i18n/ui/ru';
import type { AppContext } from '../../context';
import { listAudit } from '../../db/repositories/auditRepository';
import { safeFileName } from '../documents/types';

const PAGE = 1000;
/** More than a legal team reads; a larger export is cut here (the CSV says so in its last line). */
export const MAX_EXPORTED = 200_000;

const text = (key: string): string => lookUp(uiRu, key) ?? '';

const valueText = (value: unknown): string =>
  value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);

/** One line per changed field (so a spreadsheet filter on «Поле» works), one for an entry without fields. */
export const auditCsvLines = (entry: AuditEntry): string[] => {
  const fields = changedKeys(entry.before, entry.after).filter((f) => !HIDDEN_FIELDS.has(f));
  const base = [
    entry.id,
    formatInstantRu(entry.at),
    text(actionLabelKey(entry.action)),
    text(entityLabelKey(entry.entity)),
    entry.entityId,
    entry.actorPerson,
    entry.actorOs,
  ];
  if (fields.length === 0) return [csvLine([...base, '', '', '', entry.hash])];
  return fields.map((f) =>
    csvLine([
      ...base,
      fieldLabelIn(uiRu, entry.entity, f),
      valueText(entry.before?.[f]),
      valueText(entry.after?.[f]),
      entry.hash,
    ]),
  );
};

export const AUDIT_CSV_HEADER = [
  '№ записи',
  'Время',
  'Действие',
  'Запись',
  'ID записи',
  'Ответственный',
  'Учётная запись',
  'Поле',
  'Было',
  'Стало',
  'SHA-256 записи',
];

/** The filtered trail as CSV, newest first, through the same filter as the screen. */
export const auditCsv = async (ctx: AppContext, filter: AuditFilter): Promise<Uint8Array> => {
  const lines = [csvLine(AUDIT_CSV_HEADER)];
  for (let offset = 0; offset < MAX_EXPORTED; offset += PAGE) {
    const { entries } = await listAudit(ctx.db, filter, offset, PAGE);
    for (const entry of entries) lines.push(...auditCsvLines(entry));
    if (entries.length < PAGE) break;
  }
  return csvDocument(lines);
};

export const exportAuditCsv = async (ctx: AppContext, filter: AuditFilter): Promise<SavedFile> => {
  const path = await ctx.dialogs.saveFile({
    title: 'Сохранить журнал изменений',
    defaultName: safeFileName(`Журнал изменений ${ctx.clock.now().toISOString().slice(0, 10)}.csv`),
    filters: [{ name: 'CSV', extensions: ['csv'] }],
  });
  if (path === null) return null;
  await writeFile(path, await auditCsv(ctx, filter));
  return { path };
};
