import type { AuditEntity } from '../domain/audit';

/** Where each audited record keeps the labels of its fields in the UI resources. */
const FIELD_GROUPS: Partial<Record<AuditEntity, string>> = {
  organisation: 'organisations.fields',
  recipient: 'recipients.fields',
  correspondenceItem: 'correspondence.fields',
  breachIncident: 'breaches.fields',
  policyVersion: 'policies.auditFields',
  transferNoticeBatch: 'transferNotices.auditFields',
};

/**
 * The i18n keys that may label a field of an audited record, most specific first: the audit trail's
 * own label for that record, the record's form label, the history label of that record
 * (`auditFields`, also used by the incident and item histories), then the labels of common fields.
 */
export const fieldLabelKeys = (entity: AuditEntity, field: string): string[] => [
  `auditTrail.fields.${entity}.${field}`,
  ...(FIELD_GROUPS[entity] ? [`${FIELD_GROUPS[entity]}.${field}`] : []),
  `auditFields.${entity}.${field}`,
  `auditTrail.commonFields.${field}`,
  `auditFields.common.${field}`,
];

export const entityLabelKey = (entity: AuditEntity): string => `auditTrail.entities.${entity}`;
export const actionLabelKey = (action: string): string => `audit.actions.${action}`;

/** Bookkeeping fields that change with every edit and say nothing to the reader. */
export const HIDDEN_FIELDS: ReadonlySet<string> = new Set([
  'id',
  'organisationId',
  'createdAt',
  'updatedAt',
  'problems',
  'policyFindings',
]);

/** A key looked up in a plain resource object (the main process has no i18next). */
export const lookUp = (resources: object, key: string): string | null => {
  let node: unknown = resources;
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object') return null;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : null;
};

/** The label of a field in the given resources; a field without one gets the generic label (never its key). */
export const fieldLabelIn = (resources: object, entity: AuditEntity, field: string): string => {
  for (const key of fieldLabelKeys(entity, field)) {
    const label = lookUp(resources, key);
    if (label !== null) return label;
  }
  return lookUp(resources, 'auditTrail.otherField') ?? '';
};
