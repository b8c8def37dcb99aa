import { z } from 'zod';

export const coreDocumentRequests = [
  z.object({ kind: z.literal('recipientRegister'), organisationId: z.number().int().positive() }),
] as const;
