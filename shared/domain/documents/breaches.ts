import { z } from 'zod';

const incident = { incidentId: z.number().int().positive() };

/**
 * Documents of the breach incident log (A4 portrait, the answer letter's style):
 * - `breachNoticeRu24`: 24-hour notice to Roskomnadzor (152-FZ art. 21 p. 3.1 item 1);
 * - `breachNoticeRu72`: 72-hour notice of the internal investigation results (item 2);
 * - `breachNoticeKz`: notice to the KZ authorised body (1 working day);
 * - `breachNoticeKg`: voluntary notice to the KG State Agency for Personal Data Protection;
 * - `breachReport`: the incident report (all fields, severity arithmetic, clocks, notification log).
 * The letters to subjects are a mail merge job (`breaches:mailMergeStart`), not a document kind.
 */
export const breachesDocumentRequests = [
  z.object({ kind: z.literal('breachNoticeRu24'), ...incident }),
  z.object({ kind: z.literal('breachNoticeRu72'), ...incident }),
  z.object({ kind: z.literal('breachNoticeKz'), ...incident }),
  z.object({ kind: z.literal('breachNoticeKg'), ...incident }),
  z.object({ kind: z.literal('breachReport'), ...incident }),
] as const;
