/**
 * Fields of audited records that change with every edit or only serve the program (identifiers,
 * timestamps, derived values): a history never names them. Everything else has a label in
 * `auditFields` (shared/i18n/ui/auditFields.ru.ts) or in the record's form labels; a test checks it.
 */
export const AUDIT_HIDDEN_FIELDS: ReadonlySet<string> = new Set([
  'id',
  'organisationId',
  'organisationName',
  'createdAt',
  'updatedAt',
  'seq',
  'year',
  'jurisdiction',
  'timeZone',
  'clocks',
  'recipientIds',
  'orders',
  'amountInWords',
  'problems',
  'policyFindings',
  'crossBorder',
  'itemId',
  'chainId',
  'supersedesId',
  'latest',
  'incidentId',
  'stoppedClocks',
  'frozen',
  'policyVersionId',
]);
