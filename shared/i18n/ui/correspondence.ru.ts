/** Russian strings of the correspondence screens (merged into uiRu under `correspondence`). */
export const correspondenceRu = {} as const;
