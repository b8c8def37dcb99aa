import { DomainError } from '../../shared/ipc/result';
import type { Organisation, OrganisationData } from '../../shared/domain/organisation';
import { actorOf, nowIso, type AppContext } from '../context';
import {
  findOrganisation,
  insertOrganisation,
  listOrganisations,
  setOrganisationArchived,
  updateOrganisation,
} from '../db/repositories/organisationRepository';
import { recomputeCrossBorder } from '../db/repositories/recipientRepository';
import type { Queryable } from '../db/connection';
import { appendAudit } from './auditTrail';

const mustFind = async (q: Queryable, id: number): Promise<Organisation> => {
  const org = await findOrganisation(q, id);
  if (!org) throw new DomainError('NOT_FOUND', 'errors.notFound');
  return org;
};

export const organisationService = (ctx: AppContext) => ({
  list: (includeArchived: boolean) => listOrganisations(ctx.db, includeArchived),

  get: (id: number) => mustFind(ctx.db, id),

  create: async (data: OrganisationData): Promise<Organisation> => {
    const now = nowIso(ctx);
    const created = await ctx.db.transaction(async (tx) => {
      const id = await insertOrganisation(tx, data, now);
      const org = await mustFind(tx, id);
      await appendAudit(
        tx,
        { entity: 'organisation', entityId: id, action: 'create', before: null, after: org },
        actorOf(ctx),
        now,
      );
      return org;
    });
    // The first organisation becomes the current one.
    if (ctx.settings.read().currentOrganisationId === null)
      ctx.settings.write({ currentOrganisationId: created.id });
    return created;
  },

  update: async (id: number, data: OrganisationData): Promise<Organisation> => {
    const now = nowIso(ctx);
    return ctx.db.transaction(async (tx) => {
      const before = await mustFind(tx, id);
      if (before.archivedAt) throw new DomainError('CONFLICT', 'errors.archived');
      await updateOrganisation(tx, id, data, now);
      if (before.jurisdiction !== data.jurisdiction) await recomputeCrossBorder(tx, id, data.jurisdiction);
      const after = await mustFind(tx, id);
      await appendAudit(
        tx,
        { entity: 'organisation', entityId: id, action: 'update', before, after },
        actorOf(ctx),
        now,
      );
      return after;
    });
  },

  setArchived: async (id: number, archived: boolean): Promise<Organisation> => {
    const now = nowIso(ctx);
    return ctx.db.transaction(async (tx) => {
      const before = await mustFind(tx, id);
      if (Boolean(before.archivedAt) === archived) return before;
      await setOrganisationArchived(tx, id, archived ? now : null, now);
      const after = await mustFind(tx, id);
      const action = archived ? 'archive' : 'restore';
      await appendAudit(
        tx,
        { entity: 'organisation', entityId: id, action, before, after },
        actorOf(ctx),
        now,
      );
      return after;
    });
  },
});

export type OrganisationService = ReturnType<typeof organisationService>;
