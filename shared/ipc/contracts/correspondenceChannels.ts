export const correspondenceChannels = [] as const;
