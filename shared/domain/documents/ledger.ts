import { z } from 'zod';

/** Documents of the subjects ledger (imports issue). */
export const ledgerDocumentRequests = [
  z.object({ kind: z.literal('subjectProcessingInfo'), subjectId: z.number().int().positive() }),
] as const;
