import type { BreachIncident } from '../../../shared/domain/breach';
import type { NotificationInput } from '../../../shared/domain/breachClock';
import type { z } from 'zod';
import type { NotificationInput as NotificationSchema } from '../../../shared/domain/breachClock';
import { DomainError } from '../../../shared/ipc/result';
import { actorOf, nowIso, type AppContext } from '../../context';
import {
  findBreachAttachment,
  insertBreachAttachment,
  insertNotification,
} from '../../db/repositories/breachNotificationRepository';
import { appendAudit } from '../auditTrail';
import { openStoredFile, storeAttachment } from '../attachments';
import { ensureCalendars } from '../correspondence/scope';
import { auditIncident } from './incidents';
import { loadIncident } from './mapping';

type NotificationData = z.output<typeof NotificationSchema>;
export type { NotificationInput };

const FILE_FILTERS = [
  { name: 'Документы', extensions: ['pdf', 'doc', 'docx', 'odt', 'txt', 'eml', 'msg', 'jpg', 'png'] },
  { name: 'Все файлы', extensions: ['*'] },
];

/** Notifications sent (they stop clocks) and files of incidents. */
export const breachNotificationService = (ctx: AppContext) => ({
  record: async (n: NotificationData): Promise<BreachIncident | null> => {
    await ensureCalendars(ctx);
    await loadIncident(ctx, ctx.db, n.incidentId);
    const source = n.attachFile
      ? await ctx.dialogs.openFile({ title: 'Направленный документ', filters: FILE_FILTERS })
      : null;
    if (n.attachFile && source === null) return null;
    const now = nowIso(ctx);
    const file = source ? await storeAttachment(ctx.paths.attachmentsDir, source, now) : null;
    return ctx.db.transaction(async (tx) => {
      const before = await loadIncident(ctx, tx, n.incidentId);
      const attachmentId = file ? await insertBreachAttachment(tx, n.incidentId, file) : null;
      const id = await insertNotification(tx, {
        incident_id: n.incidentId,
        addressee: n.addressee,
        purpose: n.purpose,
        addressee_name: n.addresseeName,
        recipient_id: n.recipientId,
        sent_at: new Date(n.sentAt).toISOString(),
        channel: n.channel,
        reference: n.reference,
        document_kind: n.documentKind,
        note: n.note,
        attachment_id: attachmentId,
        created_at: now,
      });
      await appendAudit(
        tx,
        {
          entity: 'breachNotification',
          entityId: id,
          action: 'create',
          before: null,
          after: { ...n, attachmentId },
        },
        actorOf(ctx),
        now,
      );
      return auditIncident(ctx, tx, n.incidentId, 'update', before, now);
    });
  },

  attach: async (id: number): Promise<BreachIncident | null> => {
    await ensureCalendars(ctx);
    await loadIncident(ctx, ctx.db, id);
    const source = await ctx.dialogs.openFile({ title: 'Приложение к инциденту', filters: FILE_FILTERS });
    if (source === null) return null;
    const now = nowIso(ctx);
    const file = await storeAttachment(ctx.paths.attachmentsDir, source, now);
    return ctx.db.transaction(async (tx) => {
      const before = await loadIncident(ctx, tx, id);
      await insertBreachAttachment(tx, id, file);
      return auditIncident(ctx, tx, id, 'attach', before, now);
    });
  },

  open: async (attachmentId: number): Promise<null> => {
    const a = await findBreachAttachment(ctx.db, attachmentId);
    if (!a) throw new DomainError('NOT_FOUND', 'errors.noFile');
    return openStoredFile(ctx, {
      fileName: a.file_name,
      sha256: a.sha256,
      size: a.size,
      attachedAt: a.attached_at,
    });
  },
});
