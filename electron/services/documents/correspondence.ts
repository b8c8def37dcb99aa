import type { DocumentRenderers } from './types';

export const correspondenceDocuments: DocumentRenderers<never> = {};
