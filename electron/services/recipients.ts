import type { RecipientData, Recipient, RecipientQueryParsed } from '../../shared/domain/recipient';
import type { PageOf } from '../../shared/domain/common';
import { localIsoDate } from '../../shared/format/date';
import { DomainError } from '../../shared/ipc/result';
import { isCrossBorder } from '../../shared/recipients/crossBorder';
import { nowIso, type AppContext } from '../context';
import { findOrganisation } from '../db/repositories/organisationRepository';
import { listRecipients } from '../db/repositories/recipientListRepository';
import {
  findRecipient,
  insertRecipient,
  setRecipientArchived,
  setRecipientContractFile,
  updateRecipient,
} from '../db/repositories/recipientRepository';
import { auditedChange, lockForChange, type Change } from '../db/store/auditedChange';
import { storeOf } from '../db/store/interop';
import type { Db } from '../db/store/types';
import { openStoredFile, storeAttachment } from './attachments';
import { toRecipient } from './recipientMapping';
import { registerPolicyInForce } from './policy/policyInForce';
import { ensurePurposeKinds } from './policy/purposeKinds';

const target = (id: number) => ({ entity: 'recipient', entityId: id }) as const;

export const recipientService = (ctx: AppContext) => {
  const today = () => localIsoDate(ctx.clock.now());

  /** The record as the audit trail keeps it (without the policy's findings). */
  const mustFind = async (db: Db, id: number): Promise<Recipient> => {
    const row = await findRecipient(db, id);
    if (!row) throw new DomainError('NOT_FOUND', 'errors.notFound');
    return toRecipient(row, today());
  };

  const activeOrganisation = async (db: Db, id: number) => {
    const org = await findOrganisation(db, id);
    if (!org)
      throw new DomainError('VALIDATION', 'errors.validation', { organisationId: ['errors.notFound'] });
    if (org.archivedAt) throw new DomainError('CONFLICT', 'errors.archived');
    return org;
  };

  /** One audited change of an existing recipient: locked, read before, changed, read after, recorded. */
  const change = (
    id: number,
    action: 'update' | 'archive' | 'restore' | 'attach',
    work: (c: Change, before: Recipient) => Promise<boolean>,
  ): Promise<Recipient> =>
    auditedChange(ctx, async (c) => {
      await lockForChange(c.tx, target(id));
      const before = await mustFind(c.tx, id);
      if (!(await work(c, before))) {
        c.nothingChanged();
        return before;
      }
      const after = await mustFind(c.tx, id);
      await c.audit({ ...target(id), organisationId: after.organisationId, action, before, after });
      return after;
    });

  return {
    list: async (query: RecipientQueryParsed): Promise<PageOf<Recipient>> => {
      const effective = { ...query, today: query.today || today() };
      await ensurePurposeKinds(ctx);
      const db = storeOf(ctx).read;
      const { rows, total } = await listRecipients(db, effective);
      const policy = await registerPolicyInForce(db, query.organisationId, effective.today);
      return {
        items: rows.map((r) => toRecipient(r, effective.today, policy)),
        total,
        offset: query.offset,
        limit: query.limit,
      };
    },

    /** With the findings against the organisation's policy in force (not kept in audit snapshots). */
    get: async (id: number): Promise<Recipient> => {
      const db = storeOf(ctx).read;
      const row = await findRecipient(db, id);
      if (!row) throw new DomainError('NOT_FOUND', 'errors.notFound');
      return toRecipient(row, today(), await registerPolicyInForce(db, row.organisation_id, today()));
    },

    create: (data: RecipientData): Promise<Recipient> =>
      auditedChange(ctx, async ({ tx, now, audit }) => {
        const org = await activeOrganisation(tx, data.organisationId);
        const crossBorder = isCrossBorder(org.jurisdiction, data.country);
        const id = await insertRecipient(tx, org.id, data, crossBorder, now);
        const after = await mustFind(tx, id);
        await audit({ ...target(id), organisationId: org.id, action: 'create', before: null, after });
        return after;
      }),

    update: (id: number, data: RecipientData): Promise<Recipient> =>
      change(id, 'update', async ({ tx, now }, before) => {
        if (before.archivedAt) throw new DomainError('CONFLICT', 'errors.archived');
        if (data.organisationId !== before.organisationId) {
          throw new DomainError('VALIDATION', 'errors.validation', {
            organisationId: ['errors.organisationFixed'],
          });
        }
        const org = await activeOrganisation(tx, before.organisationId);
        await updateRecipient(tx, id, data, isCrossBorder(org.jurisdiction, data.country), now);
        return true;
      }),

    /** Archives with the reason the officer gave (kept on the record), or restores. */
    setArchived: (id: number, archived: boolean, reason: string | null = null): Promise<Recipient> =>
      change(id, archived ? 'archive' : 'restore', async ({ tx, now }, before) => {
        if (Boolean(before.archivedAt) === archived) return false;
        await setRecipientArchived(tx, id, archived ? now : null, archived ? reason : null, now);
        return true;
      }),

    /** Asks for a file, copies it into the data folder and links it; null when the user cancelled. */
    attachContract: async (id: number): Promise<Recipient | null> => {
      await mustFind(storeOf(ctx).read, id);
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
      const file = await storeAttachment(ctx.paths.attachmentsDir, source, nowIso(ctx));
      return change(id, 'attach', async ({ tx, now }) => {
        await setRecipientContractFile(tx, id, file, now);
        return true;
      });
    },

    openContract: async (id: number): Promise<null> => {
      const recipient = await mustFind(storeOf(ctx).read, id);
      if (!recipient.contractFile) throw new DomainError('NOT_FOUND', 'errors.noFile');
      return openStoredFile(ctx, recipient.contractFile);
    },
  };
};

export type RecipientService = ReturnType<typeof recipientService>;
