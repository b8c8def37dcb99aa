import type { DocumentRenderers } from './types';

export const breachesDocuments: DocumentRenderers<never> = {};
