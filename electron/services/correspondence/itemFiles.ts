import type { CorrespondenceItem } from '../../../shared/domain/correspondence';
import { DomainError } from '../../../shared/ipc/result';
import { nowIso, type AppContext } from '../../context';
import {
  findAttachment,
  insertAttachment,
  markAttachmentRemoved,
} from '../../db/repositories/correspondenceAttachmentRepository';
import { openStoredFile, storeAttachment } from '../attachments';
import { loadItem, mustFindItemRow } from './itemMapping';
import { auditItem } from './items';

const mustFindAttachment = async (ctx: AppContext, id: number) => {
  const row = await findAttachment(ctx.db, id);
  if (!row || row.removed_at !== null) throw new DomainError('NOT_FOUND', 'errors.noFile');
  return row;
};

/** Files of incoming items: copied into the data folder under their SHA-256 (services/attachments). */
export const correspondenceFileService = (ctx: AppContext) => ({
  /** Asks for a file (main-process dialog), stores it and links it; null when the user cancelled. */
  attach: async (id: number): Promise<CorrespondenceItem | null> => {
    await mustFindItemRow(ctx.db, id);
    const source = await ctx.dialogs.openFile({
      title: 'Приложение к обращению',
      filters: [
        {
          name: 'Документы',
          extensions: [
            'pdf',
            'doc',
            'docx',
            'odt',
            'rtf',
            'txt',
            'eml',
            'msg',
            'jpg',
            'jpeg',
            'png',
            'tif',
            'tiff',
          ],
        },
        { name: 'Все файлы', extensions: ['*'] },
      ],
    });
    if (source === null) return null;
    const now = nowIso(ctx);
    const file = await storeAttachment(ctx.paths.attachmentsDir, source, now);
    return ctx.db.transaction(async (tx) => {
      const before = await loadItem(tx, id);
      await insertAttachment(tx, id, file);
      return auditItem(ctx, tx, id, 'attach', before, now);
    });
  },

  /** Unlists a file from the item; the stored copy and the row stay as evidence. */
  detach: async (attachmentId: number): Promise<CorrespondenceItem> => {
    const attachment = await mustFindAttachment(ctx, attachmentId);
    const now = nowIso(ctx);
    return ctx.db.transaction(async (tx) => {
      const before = await loadItem(tx, attachment.item_id);
      await markAttachmentRemoved(tx, attachmentId, now);
      return auditItem(ctx, tx, attachment.item_id, 'update', before, now);
    });
  },

  open: async (attachmentId: number): Promise<null> => {
    const a = await mustFindAttachment(ctx, attachmentId);
    return openStoredFile(ctx, {
      fileName: a.file_name,
      sha256: a.sha256,
      size: a.size,
      attachedAt: a.attached_at,
    });
  },
});
