import type { StoredFile } from '../../../shared/domain/recipient';
import type { Queryable } from '../connection';

export interface AttachmentRow {
  id: number;
  item_id: number;
  file_name: string;
  sha256: string;
  size: number;
  attached_at: string;
  removed_at: string | null;
}

/** Files of an item that were not removed. */
export const itemAttachments = (q: Queryable, itemId: number): Promise<AttachmentRow[]> =>
  q.all<AttachmentRow>(
    'SELECT * FROM correspondence_attachments WHERE item_id = :itemId AND removed_at IS NULL ORDER BY id',
    { itemId },
  );

export const findAttachment = (q: Queryable, id: number): Promise<AttachmentRow | undefined> =>
  q.get<AttachmentRow>('SELECT * FROM correspondence_attachments WHERE id = :id', { id });

export const insertAttachment = async (q: Queryable, itemId: number, file: StoredFile): Promise<number> =>
  (
    await q.run(
      `INSERT INTO correspondence_attachments (item_id, file_name, sha256, size, attached_at)
       VALUES (:itemId, :fileName, :sha256, :size, :attachedAt)`,
      { itemId, ...file },
    )
  ).lastID;

/** Removal keeps the row and the stored file (evidence); the item just stops listing it. */
export const markAttachmentRemoved = async (q: Queryable, id: number, now: string): Promise<void> => {
  await q.run('UPDATE correspondence_attachments SET removed_at = :now WHERE id = :id', { id, now });
};
