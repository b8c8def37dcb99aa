/** Imports of shop exports and the subjects ledger. */
export const ledgerContract = {} as const;
