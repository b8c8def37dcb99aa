/** English strings of the evidence screens: running jobs, the audit trail screen, the seal, restore checks. */
export const evidenceEn = {
  jobKinds: {
    import: 'an import',
    scan: 'an import file check',
    mailMerge: 'a mail merge of letters to subjects',
    importUndo: 'an import undo',
  },
} as const;
