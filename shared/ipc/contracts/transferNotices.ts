import { z } from 'zod';
import { SavedFile } from '../../domain/app';
import {
  TransferNoticeBatch,
  TransferNoticeBatchRef,
  TransferNoticeCount,
  TransferNoticeCriteria,
  TransferNoticeJobRef,
  TransferNoticeJobStatus,
  TransferNoticeList,
  TransferNoticeMarkSent,
} from '../../domain/transferNotice';

/**
 * KG notices to subjects about the transfer of their data to a recipient (Government Decree No. 759):
 * batches of persons from the ledger, printed by the mail merge, recorded as sent. KG organisations
 * only (errors.transferNotices.kgOnly). Audited (entity transferNoticeBatch).
 */
export const transferNoticesContract = {
  /** Persons (and orders) whose data went to the recipient in the period. */
  'notices:count': { input: TransferNoticeCriteria, output: TransferNoticeCount },
  /** Fixes those persons in a batch (none: CONFLICT errors.transferNotices.noSubjects). */
  'notices:create': { input: TransferNoticeCriteria, output: TransferNoticeBatch },
  'notices:list': { input: TransferNoticeList, output: z.array(TransferNoticeBatch) },
  /** Starts the mail merge of the batch's notices (progress by polling, Cancel). */
  'notices:print': { input: TransferNoticeBatchRef, output: z.object({ jobId: z.string() }) },
  'notices:job': { input: TransferNoticeJobRef, output: TransferNoticeJobStatus },
  'notices:cancel': { input: TransferNoticeJobRef, output: z.null() },
  /** Save dialog for the printed PDF; null when cancelled. */
  'notices:savePdf': { input: TransferNoticeJobRef, output: SavedFile },
  /** Records the printed batch as sent (frozen) and the notice on the recipient. */
  'notices:markSent': { input: TransferNoticeMarkSent, output: TransferNoticeBatch },
} as const;
