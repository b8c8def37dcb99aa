/** Documents of the breach incident log. */
export const breachesDocumentRequests = [] as const;
