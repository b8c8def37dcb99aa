/** Documents of the correspondence register (claims and requests issue). */
export const correspondenceDocumentRequests = [] as const;
