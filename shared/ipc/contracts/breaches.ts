/** Breach incident log: severity, notification clocks, scope from the ledger, notices. */
export const breachesContract = {} as const;
