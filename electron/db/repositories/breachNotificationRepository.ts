import type { StoredFile } from '../../../shared/domain/recipient';
import type { Queryable } from '../connection';

export interface NotificationRow {
  id: number;
  incident_id: number;
  addressee: 'regulator' | 'gdprAuthority' | 'subjects' | 'recipient';
  purpose: 'initial' | 'investigation' | 'other';
  addressee_name: string;
  recipient_id: number | null;
  sent_at: string;
  channel: string;
  reference: string;
  document_kind: string;
  note: string;
  attachment_id: number | null;
  created_at: string;
}

export interface BreachAttachmentRow {
  id: number;
  incident_id: number;
  file_name: string;
  sha256: string;
  size: number;
  attached_at: string;
}

export const insertNotification = async (q: Queryable, n: Omit<NotificationRow, 'id'>): Promise<number> =>
  (
    await q.run(
      `INSERT INTO breach_notifications (incident_id, addressee, purpose, addressee_name, recipient_id, sent_at,
         channel, reference, document_kind, note, attachment_id, created_at)
       VALUES (:incident_id, :addressee, :purpose, :addressee_name, :recipient_id, :sent_at, :channel, :reference,
         :document_kind, :note, :attachment_id, :created_at)`,
      { ...n },
    )
  ).lastID;

export const notificationsOf = (q: Queryable, incidentId: number): Promise<NotificationRow[]> =>
  q.all<NotificationRow>(
    'SELECT * FROM breach_notifications WHERE incident_id = :incidentId ORDER BY sent_at, id',
    {
      incidentId,
    },
  );

export const insertBreachAttachment = async (
  q: Queryable,
  incidentId: number,
  f: StoredFile,
): Promise<number> =>
  (
    await q.run(
      `INSERT INTO breach_attachments (incident_id, file_name, sha256, size, attached_at)
       VALUES (:incidentId, :fileName, :sha256, :size, :attachedAt)`,
      { incidentId, ...f },
    )
  ).lastID;

export const attachmentsOf = (q: Queryable, incidentId: number): Promise<BreachAttachmentRow[]> =>
  q.all<BreachAttachmentRow>('SELECT * FROM breach_attachments WHERE incident_id = :incidentId ORDER BY id', {
    incidentId,
  });

export const findBreachAttachment = (q: Queryable, id: number): Promise<BreachAttachmentRow | undefined> =>
  q.get<BreachAttachmentRow>('SELECT * FROM breach_attachments WHERE id = :id', { id });
