import type { RecipientData, Recipient, RecipientQueryParsed } from '../../shared/domain/recipient';
import type { PageOf } from '../../shared/domain/common';
import { localIsoDate } from '../../shared/format/date';
import { DomainError } from '../../shared/ipc/result';
import { isCrossBorder } from '../../shared/recipients/crossBorder';
import { actorOf, nowIso, type AppContext } from '../context';
import type { Queryable } from '../db/connection';
import { findOrganisation } from '../db/repositories/organisationRepository';
import {
  findRecipient,
  insertRecipient,
  listRecipients,
  setRecipientArchived,
  setRecipientContractFile,
  updateRecipient,
} from '../db/repositories/recipientRepository';
import { openStoredFile, storeAttachment } from './attachments';
import { appendAudit } from './auditTrail';
import { toRecipient } from './recipientMapping';
import { registerPolicyInForce } from './policy/policyInForce';
import { ensurePurposeKinds } from './policy/purposeKinds';

export const recipientService = (ctx: AppContext) => {
  const today = () => localIsoDate(ctx.clock.now());

  const mustFind = async (q: Queryable, id: number): Promise<Recipient> => {
    const row = await findRecipient(q, id);
    if (!row) throw new DomainError('NOT_FOUND', 'errors.notFound');
    return toRecipient(row, today());
  };

  const activeOrganisation = async (q: Queryable, id: number) => {
    const org = await findOrganisation(q, id);
    if (!org)
      throw new DomainError('VALIDATION', 'errors.validation', { organisationId: ['errors.notFound'] });
    if (org.archivedAt) throw new DomainError('CONFLICT', 'errors.archived');
    return org;
  };

  return {
    list: async (query: RecipientQueryParsed): Promise<PageOf<Recipient>> => {
      const effective = { ...query, today: query.today || today() };
      await ensurePurposeKinds(ctx);
      const { rows, total } = await listRecipients(ctx.db, effective);
      const policy = await registerPolicyInForce(ctx.db, query.organisationId, effective.today);
      return {
        items: rows.map((r) => toRecipient(r, effective.today, policy)),
        total,
        offset: query.offset,
        limit: query.limit,
      };
    },

    /** With the findings against the organisation's policy in force (not kept in audit snapshots). */
    get: async (id: number): Promise<Recipient> => {
      const row = await findRecipient(ctx.db, id);
      if (!row) throw new DomainError('NOT_FOUND', 'errors.notFound');
      return toRecipient(row, today(), await registerPolicyInForce(ctx.db, row.organisation_id, today()));
    },

    create: async (data: RecipientData): Promise<Recipient> => {
      const now = nowIso(ctx);
      return ctx.db.transaction(async (tx) => {
        const org = await activeOrganisation(tx, data.organisationId);
        const id = await insertRecipient(
          tx,
          org.id,
          data,
          isCrossBorder(org.jurisdiction, data.country),
          now,
        );
        const after = await mustFind(tx, id);
        await appendAudit(
          tx,
          { entity: 'recipient', entityId: id, action: 'create', before: null, after },
          actorOf(ctx),
          now,
        );
        return after;
      });
    },

    update: async (id: number, data: RecipientData): Promise<Recipient> => {
      const now = nowIso(ctx);
      return ctx.db.transaction(async (tx) => {
        const before = await mustFind(tx, id);
        if (before.archivedAt) throw new DomainError('CONFLICT', 'errors.archived');
        if (data.organisationId !== before.organisationId) {
          throw new DomainError('VALIDATION', 'errors.validation', {
            organisationId: ['errors.organisationFixed'],
          });
        }
        const org = await activeOrganisation(tx, before.organisationId);
        await updateRecipient(tx, id, data, isCrossBorder(org.jurisdiction, data.country), now);
        const after = await mustFind(tx, id);
        await appendAudit(
          tx,
          { entity: 'recipient', entityId: id, action: 'update', before, after },
          actorOf(ctx),
          now,
        );
        return after;
      });
    },

    /** Archives with the reason the officer gave (kept on the record), or restores. */
    setArchived: async (id: number, archived: boolean, reason: string | null = null): Promise<Recipient> => {
      const now = nowIso(ctx);
      return ctx.db.transaction(async (tx) => {
        const before = await mustFind(tx, id);
        if (Boolean(before.archivedAt) === archived) return before;
        await setRecipientArchived(tx, id, archived ? now : null, archived ? reason : null, now);
        const after = await mustFind(tx, id);
        const action = archived ? 'archive' : 'restore';
        await appendAudit(
          tx,
          { entity: 'recipient', entityId: id, action, before, after },
          actorOf(ctx),
          now,
        );
        return after;
      });
    },

    /** Asks for a file, copies it into the data folder and links it; null when the user cancelled. */
    attachContract: async (id: number): Promise<Recipient | null> => {
      await mustFind(ctx.db, id);
      const source = await ctx.dialogs.openFile({
        title: 'Договор / поручение на обработку',
        filters: [
          {
            name: 'Документы',
            extensions: ['pdf', 'doc', 'docx', 'odt', 'rtf', 'jpg', 'jpeg', 'png', 'tif', 'tiff'],
          },
        ],
      });
      if (source === null) return null;
      const now = nowIso(ctx);
      const file = await storeAttachment(ctx.paths.attachmentsDir, source, now);
      return ctx.db.transaction(async (tx) => {
        const before = await mustFind(tx, id);
        await setRecipientContractFile(tx, id, file, now);
        const after = await mustFind(tx, id);
        await appendAudit(
          tx,
          { entity: 'recipient', entityId: id, action: 'attach', before, after },
          actorOf(ctx),
          now,
        );
        return after;
      });
    },

    openContract: async (id: number): Promise<null> => {
      const recipient = await mustFind(ctx.db, id);
      if (!recipient.contractFile) throw new DomainError('NOT_FOUND', 'errors.noFile');
      return openStoredFile(ctx, recipient.contractFile);
    },
  };
};

export type RecipientService = ReturnType<typeof recipientService>;
