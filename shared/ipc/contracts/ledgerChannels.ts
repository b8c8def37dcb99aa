export const ledgerChannels = [] as const;
