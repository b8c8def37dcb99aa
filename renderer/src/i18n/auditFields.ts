import type { TFunction } from 'i18next';
import { fieldLabelKeys } from '../../../shared/audit/auditLabels';
import type { AuditEntity } from '../../../shared/domain/audit';
import { AUDIT_HIDDEN_FIELDS } from '../../../shared/i18n/auditFields';
import { i18next } from './index';
import { translateKey } from './messages';

/**
 * The name of a changed field as a person reads it, or null for bookkeeping that a history does not
 * mention. The same look-up as the audit screen (shared/audit/auditLabels.ts), without its generic
 * fallback: an unknown field is left out rather than shown as «approxSubjects» or «Прочие сведения».
 */
export const auditFieldLabel = (t: TFunction, entity: AuditEntity, field: string): string | null => {
  if (AUDIT_HIDDEN_FIELDS.has(field)) return null;
  const key = fieldLabelKeys(entity, field).find((k) => i18next.exists(k));
  return key ? translateKey(t, key) : null;
};

/** «Описание инцидента, Принятые меры» for the fields an entry changed (labels only, in order). */
export const changedFieldNames = (t: TFunction, entity: AuditEntity, fields: readonly string[]): string[] =>
  fields.map((f) => auditFieldLabel(t, entity, f)).filter((label): label is string => label !== null);
