/** Russian strings of the evidence screens: running jobs, the audit trail screen, the seal, restore checks. */
export const evidenceRu = {
  jobKinds: {
    import: 'импорт выгрузки',
    scan: 'проверка файла импорта',
    mailMerge: 'подготовка писем субъектам',
    importUndo: 'отмена импорта',
  },
} as const;
