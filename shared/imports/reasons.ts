/**
 * Every problem the import layer reports is one of these i18n keys; the renderer translates them.
 * File-level keys stop a read; row-level keys reject (or, for warnings, annotate) one row.
 */
export const importReasons = [
  // File level
  'import.notText',
  'import.xlsNotSupported',
  'import.unreadableXlsx',
  'import.emptyFile',
  'import.unclosedQuote',
  'import.malformedCsv',
  'import.readFailed',
  'import.fileChanged',
  'import.tooManyValues',
  'import.diskFull',
  'import.timeLimit',
  'import.stalled',
  'import.tooLarge',
  'import.zipBomb',
  'import.failed',
  // Header and mapping level
  'import.duplicateHeader',
  'import.headerNotFound',
  'import.requiredFieldUnmapped',
  'import.identityUnmapped',
  // Row level (reading)
  'import.tooFewColumns',
  'import.tooManyColumns',
  'import.brokenQuote',
  // Row level (mapping)
  'import.missingOrderId',
  'import.noIdentity',
  'import.invalidPhone',
  'import.invalidEmail',
  'import.invalidDate',
  'import.valueTooLong',
  'import.orderRowsNotTogether',
  'import.duplicateOrder',
] as const;

export type ImportReason = (typeof importReasons)[number];
