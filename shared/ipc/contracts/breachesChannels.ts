export const breachesChannels = [] as const;
