import { z } from 'zod';
import { breachesDocumentRequests } from './breaches';
import { coreDocumentRequests } from './core';
import { correspondenceDocumentRequests } from './correspondence';
import { evidenceDocumentRequests } from './evidence';
import { ledgerDocumentRequests } from './ledger';

/** Every printable document, by kind; each capability adds its kinds in its own file. */
export const DocumentRequest = z.discriminatedUnion('kind', [
  ...coreDocumentRequests,
  ...ledgerDocumentRequests,
  ...correspondenceDocumentRequests,
  ...breachesDocumentRequests,
  ...evidenceDocumentRequests,
]);
export type DocumentRequest = z.infer<typeof DocumentRequest>;
export type DocumentKind = DocumentRequest['kind'];
export type DocumentRequestOf<K extends DocumentKind> = Extract<DocumentRequest, { kind: K }>;
