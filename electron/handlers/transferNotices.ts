import type { transferNoticesContract } from '../../shared/ipc/contracts/transferNotices';
import type { AppContext } from '../context';
import { transferNoticeService } from '../services/transferNotices/transferNotices';
import type { HandlersFor } from './types';

/** KG transfer notices (Decree No. 759). */
export const transferNoticesHandlers = (ctx: AppContext): HandlersFor<typeof transferNoticesContract> => {
  const notices = transferNoticeService(ctx);
  return {
    'notices:count': (c) => notices.count(c),
    'notices:create': (c) => notices.create(c),
    'notices:list': ({ recipientId }) => notices.list(recipientId),
    'notices:print': ({ batchId }) => notices.print(batchId),
    'notices:job': async ({ jobId }) => notices.job(jobId),
    'notices:cancel': async ({ jobId }) => notices.cancel(jobId),
    'notices:savePdf': ({ jobId }) => notices.savePdf(jobId),
    'notices:markSent': ({ batchId, sentDate, method }) => notices.markSent(batchId, sentDate, method),
  };
};
