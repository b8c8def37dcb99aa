import { z } from 'zod';
import { IsoDate } from '../common';

/**
 * Documents of the correspondence register:
 * - `correspondenceAnswer`: the written answer (A4 portrait letter). A sent version prints from its
 *   frozen content; its frozen PDF is served by `answers:savePdf` / `answers:openPdf`.
 * - `incomingJournal` / `outgoingJournal`: the registers for a date range (A4 landscape), of one
 *   organisation or, without `organisationId`, of every organisation (one section each).
 */
const journal = {
  organisationId: z.number().int().positive().nullable().optional(),
  from: IsoDate,
  to: IsoDate,
};

export const correspondenceDocumentRequests = [
  z.object({ kind: z.literal('correspondenceAnswer'), answerId: z.number().int().positive() }),
  z.object({ kind: z.literal('incomingJournal'), ...journal }),
  z.object({ kind: z.literal('outgoingJournal'), ...journal }),
] as const;
