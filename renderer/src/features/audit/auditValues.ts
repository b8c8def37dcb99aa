import type { TFunction } from 'i18next';
import { fieldLabelKeys, HIDDEN_FIELDS } from '../../../../shared/audit/auditLabels';
import type { AuditEntity } from '../../../../shared/domain/audit';
import { formatDateRu, formatInstantRu } from '../../../../shared/format/date';
import { countryName } from '../../../../shared/i18n/countries';
import type { Lang } from '../../i18n/format';
import { translateKey } from '../../i18n/messages';
import { i18next } from '../../i18n';

export const visibleChanges = (changed: readonly string[]): string[] =>
  changed.filter((k) => !HIDDEN_FIELDS.has(k));

/** True for values that carry nothing (left out of the "values at creation" list). */
export const isBlank = (value: unknown): boolean =>
  value === null ||
  value === undefined ||
  value === '' ||
  value === false ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === 'object' && !Array.isArray(value) && Object.values(value).every((v) => v === false));

/** Domain-label group for fields whose stored value is an enum code. */
const LABEL_GROUPS: Record<string, string> = {
  type: 'recipientType',
  role: 'recipientRole',
  legalBasis: 'legalBasis',
  status: 'recipientStatus',
  adequacy: 'adequacy',
  transferStatus: 'transferStatus',
  jurisdiction: 'jurisdiction',
  dataCategories: 'dataCategory',
  subjectCategories: 'subjectCategory',
  operations: 'operation',
};

/** The translated label of a field (shared/audit/auditLabels: never the raw key). */
export const fieldLabel = (t: TFunction, entity: AuditEntity, field: string): string => {
  const key = fieldLabelKeys(entity, field).find((k) => i18next.exists(k)) ?? 'auditTrail.otherField';
  return translateKey(t, key);
};

const label = (t: TFunction, group: string, code: string): string => {
  const key = `labels.${group}.${code}`;
  return i18next.exists(key) ? translateKey(t, key) : code;
};

/** One stored value as the reader should see it (dates, labels, lists, booleans). */
export const formatAuditValue = (t: TFunction, lang: Lang, field: string, value: unknown): string => {
  const dash = '—';
  if (value === null || value === undefined || value === '') return dash;
  const group = LABEL_GROUPS[field];
  if (Array.isArray(value)) {
    if (value.length === 0) return dash;
    return value.map((v) => (group ? label(t, group, String(v)) : String(v))).join(', ');
  }
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (typeof value === 'string') {
    if (group) return label(t, group, value);
    if (field === 'country') return countryName(value, lang);
    if (field.endsWith('At')) return formatInstantRu(value);
    if (field.endsWith('Date')) return formatDateRu(value);
    return value;
  }
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (field === 'instruction') {
      const on = Object.keys(record).filter((k) => record[k] === true);
      return on.length === 0 ? dash : on.map((k) => label(t, 'instructionRequisite', k)).join('; ');
    }
    if (typeof record.fileName === 'string') {
      const hash = typeof record.sha256 === 'string' ? ` (SHA-256 ${record.sha256.slice(0, 12)}…)` : '';
      return `${record.fileName}${hash}`;
    }
    return JSON.stringify(value);
  }
  return String(value);
};
