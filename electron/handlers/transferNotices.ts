import type { transferNoticesContract } from '../../shared/ipc/contracts/transferNotices';
import type { AppContext } from '../context';
import { transferNoticeService } from '../services/transferNotices/transferNotices';
import type { HandlersFor } from './types';

/** KG transfer notices (Decree No. 759). */
export const transferNoticesHandlers = (ctx: AppContext): HandlersFor<typeof transferNoticesContract> => {
  const notices = transferNoticeService(ctx);
  return {
    'transferNotices:count': (c) => notices.count(c),
    'transferNotices:create': (c) => notices.create(c),
    'transferNotices:list': ({ recipientId }) => notices.list(recipientId),
    'transferNotices:print': ({ batchId }) => notices.print(batchId),
    'transferNotices:job': async ({ jobId }) => notices.job(jobId),
    'transferNotices:cancel': async ({ jobId }) => notices.cancel(jobId),
    'transferNotices:savePdf': ({ jobId }) => notices.savePdf(jobId),
    'transferNotices:markSent': ({ batchId, sentDate, method }) =>
      notices.markSent(batchId, sentDate, method),
  };
};
