/** Documents of the subjects ledger (imports issue). */
export const ledgerDocumentRequests = [] as const;
