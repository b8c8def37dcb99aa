import { z } from 'zod';
import { Id, IsoDate, msg, optionalIsoDate, requiredText } from './common';

/**
 * KG transfer notices (Government Decree No. 759 of 21.11.2017): the persons whose data went to a
 * recipient over a period, read from the ledger (transfers → orders → subjects).
 */
export const TransferNoticeCriteria = z
  .object({ organisationId: Id, recipientId: Id, from: optionalIsoDate, to: optionalIsoDate })
  .refine((c) => c.from === '' || c.to === '' || c.from <= c.to, { error: msg.date, path: ['to'] });
export type TransferNoticeCriteria = z.output<typeof TransferNoticeCriteria>;

export const TransferNoticeCount = z.object({ subjects: z.number().int(), orders: z.number().int() });

export const TransferNoticeBatch = z.object({
  id: Id,
  organisationId: Id,
  recipientId: Id,
  recipientName: z.string(),
  from: z.string(),
  to: z.string(),
  subjects: z.number().int(),
  /** prepared: the persons are fixed; sent: recorded as sent (frozen). */
  status: z.enum(['prepared', 'sent']),
  /** The printed notices (one PDF), kept under documents/<sha256>.pdf. */
  pdfSha256: z.string().nullable(),
  pdfSize: z.number().int().nullable(),
  policyVersionId: Id.nullable(),
  sentDate: z.string().nullable(),
  sentMethod: z.string(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
  /**
   * A prepared batch whose persons no longer match the ledger (an import, a merge, a split or an
   * undo since it was made): it is not printed; the officer makes a new batch.
   */
  outdated: z.boolean(),
});
export type TransferNoticeBatch = z.infer<typeof TransferNoticeBatch>;

export const TransferNoticeMarkSent = z.object({
  batchId: Id,
  sentDate: IsoDate,
  /** «Почтой России заказными письмами», «на адреса электронной почты из заказов»… */
  method: requiredText(300),
});

export const TransferNoticeJobStatus = z.object({
  jobId: z.string(),
  batchId: Id,
  state: z.enum(['building', 'printing', 'done', 'cancelled', 'failed']),
  letters: z.number().int(),
  total: z.number().int(),
  percent: z.number(),
  pdfBytes: z.number().int().nullable(),
  elapsedMs: z.number().int(),
  error: z.string().nullable(),
});
export type TransferNoticeJobStatus = z.infer<typeof TransferNoticeJobStatus>;

export const TransferNoticeBatchRef = z.object({ batchId: Id });
export const TransferNoticeList = z.object({ recipientId: Id });
export const TransferNoticeJobRef = z.object({ jobId: z.string().uuid() });
