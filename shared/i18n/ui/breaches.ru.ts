/** Russian strings of the breach screens (merged into uiRu under `breaches`). */
export const breachesRu = {} as const;
