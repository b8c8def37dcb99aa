import type { TFunction } from 'i18next';
import type { AuditEntity } from '../../../shared/domain/audit';
import { AUDIT_HIDDEN_FIELDS } from '../../../shared/i18n/auditFields';
import { i18next } from './index';
import { translateKey } from './messages';

/** Where each entity's field names live: its own `auditFields` group, or its form's labels. */
const GROUPS: Partial<Record<AuditEntity, string>> = {
  organisation: 'organisations.fields',
  recipient: 'recipients.fields',
};

/**
 * The name of a changed field as a person reads it, or null for bookkeeping that a history does not
 * mention. Never the field's code: an unknown field is left out rather than shown as «approxSubjects».
 */
export const auditFieldLabel = (t: TFunction, entity: AuditEntity, field: string): string | null => {
  if (AUDIT_HIDDEN_FIELDS.has(field)) return null;
  for (const key of [`${GROUPS[entity] ?? `auditFields.${entity}`}.${field}`, `auditFields.common.${field}`])
    if (i18next.exists(key)) return translateKey(t, key);
  return null;
};

/** «Описание инцидента, Принятые меры» for the fields an entry changed (labels only, in order). */
export const changedFieldNames = (t: TFunction, entity: AuditEntity, fields: readonly string[]): string[] =>
  fields.map((f) => auditFieldLabel(t, entity, f)).filter((label): label is string => label !== null);
