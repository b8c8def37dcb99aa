import type { DocumentRenderers } from './types';

export const ledgerDocuments: DocumentRenderers<never> = {};
