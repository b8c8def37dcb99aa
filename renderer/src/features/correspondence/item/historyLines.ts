import type { TFunction } from 'i18next';
import type { AuditEntry } from '../../../../../shared/domain/audit';
import { CorrespondenceStatus } from '../../../../../shared/domain/correspondence';
import { showDate } from '../../../i18n/format';
import { auditFieldLabel } from '../../../i18n/auditFields';

type Snapshot = Record<string, unknown>;

const str = (s: Snapshot | null, key: string): string => {
  const value = s?.[key];
  return typeof value === 'string' ? value : '';
};

const list = (s: Snapshot | null, key: string): Snapshot[] => {
  const value = s?.[key];
  return Array.isArray(value) ? (value.filter((v) => v && typeof v === 'object') as Snapshot[]) : [];
};

const subjectOf = (s: Snapshot | null): number | null => {
  const sender = s?.sender;
  const id = sender && typeof sender === 'object' ? (sender as Snapshot).subjectId : null;
  return typeof id === 'number' ? id : null;
};

const statusLabel = (t: TFunction, value: string): string => {
  const parsed = CorrespondenceStatus.safeParse(value);
  return parsed.success ? t(`correspondence.status.${parsed.data}`) : value;
};

// Changes that the lines below describe, and bookkeeping that says nothing to the reader.
const DESCRIBED = new Set([
  'status',
  'dueDate',
  'extensions',
  'pauses',
  'attachments',
  'deadline',
  'blocked',
]);
const HIDDEN = new Set([
  'id',
  'organisationId',
  'createdAt',
  'updatedAt',
  'orders',
  'amountInWords',
  'seq',
  'year',
]);

const fieldName = (t: TFunction, field: string): string | null =>
  auditFieldLabel(t, 'correspondenceItem', field);

const byId = (items: Snapshot[]) => new Map(items.map((i) => [String(i.id), i]));

/** What an audit entry of an item says, as short sentences («Статус: … → …», «Прикреплён файл …»). */
export const historyLines = (t: TFunction, entry: AuditEntry): string[] => {
  const { before, after } = entry;
  if (entry.action === 'create') {
    return [
      t('correspondence.history.created', {
        number: str(after, 'number'),
        due: showDate(str(after, 'dueDate')),
      }),
    ];
  }
  const lines: string[] = [];
  if (str(before, 'status') !== str(after, 'status')) {
    lines.push(
      t('correspondence.history.status', {
        from: statusLabel(t, str(before, 'status')),
        to: statusLabel(t, str(after, 'status')),
      }),
    );
  }
  const oldExtensions = byId(list(before, 'extensions'));
  for (const e of list(after, 'extensions')) {
    if (!oldExtensions.has(String(e.id)))
      lines.push(t('correspondence.history.extended', { reason: String(e.reason ?? '') }));
  }
  const oldPauses = byId(list(before, 'pauses'));
  for (const p of list(after, 'pauses')) {
    const old = oldPauses.get(String(p.id));
    if (!old)
      lines.push(
        t('correspondence.history.paused', {
          from: showDate(String(p.from ?? '')),
          reason: String(p.reason ?? ''),
        }),
      );
    else if (old.to === null && typeof p.to === 'string')
      lines.push(t('correspondence.history.resumed', { to: showDate(p.to) }));
  }
  const oldFiles = byId(list(before, 'attachments'));
  const newFiles = byId(list(after, 'attachments'));
  for (const [id, f] of newFiles)
    if (!oldFiles.has(id))
      lines.push(t('correspondence.history.attached', { name: String(f.fileName ?? '') }));
  for (const [id, f] of oldFiles)
    if (!newFiles.has(id))
      lines.push(t('correspondence.history.detached', { name: String(f.fileName ?? '') }));
  if (subjectOf(before) !== subjectOf(after)) {
    lines.push(subjectOf(after) ? t('correspondence.history.linked') : t('correspondence.history.unlinked'));
  }
  if (str(before, 'dueDate') !== str(after, 'dueDate')) {
    lines.push(
      t('correspondence.history.due', {
        from: showDate(str(before, 'dueDate')),
        to: showDate(str(after, 'dueDate')),
      }),
    );
  }
  const others = entry.changed.filter((f) => !DESCRIBED.has(f) && !HIDDEN.has(f) && f !== 'sender');
  const senderEdited = entry.changed.includes('sender') && subjectOf(before) === subjectOf(after);
  const edited = [...others, ...(senderEdited ? ['sender'] : [])]
    .map((f) => fieldName(t, f))
    .filter((name): name is string => name !== null);
  if (edited.length > 0) lines.push(t('correspondence.history.edited', { fields: edited.join(', ') }));
  if (lines.length === 0 && entry.changed.includes('deadline'))
    lines.push(t('correspondence.history.recomputed'));
  return lines;
};
