import { z } from 'zod';
import { AuditFilter } from '../auditQuery';

export const evidenceDocumentRequests = [
  z.object({ kind: z.literal('auditSeal'), lastId: z.number().int().positive() }),
  z.object({ kind: z.literal('auditLog'), filter: AuditFilter }),
] as const;
