/** Russian strings of the ledger screens (merged into uiRu under `ledger`). */
export const ledgerRu = {} as const;
