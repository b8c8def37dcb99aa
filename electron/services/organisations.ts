import { DomainError } from '../../shared/ipc/result';
import type { Organisation, OrganisationData } from '../../shared/domain/organisation';
import type { AppContext } from '../context';
import {
  findOrganisation,
  insertOrganisation,
  listOrganisations,
  setOrganisationArchived,
  updateOrganisation,
} from '../db/repositories/organisationRepository';
import { recomputeCrossBorder } from '../db/repositories/recipientRepository';
import { auditedChange, lockForChange } from '../db/store/auditedChange';
import { storeOf } from '../db/store/interop';
import type { Db } from '../db/store/types';

const mustFind = async (db: Db, id: number): Promise<Organisation> => {
  const org = await findOrganisation(db, id);
  if (!org) throw new DomainError('NOT_FOUND', 'errors.notFound');
  return org;
};

const target = (id: number) => ({ entity: 'organisation', entityId: id }) as const;

export const organisationService = (ctx: AppContext) => ({
  /** In team mode: the organisations granted to the user. */
  list: (includeArchived: boolean) => listOrganisations(storeOf(ctx).read, includeArchived),

  get: (id: number) => mustFind(storeOf(ctx).read, id),

  /** In team mode an officer's new organisation is granted to them by the server (cd_grant_creator). */
  create: async (data: OrganisationData): Promise<Organisation> => {
    const created = await auditedChange(ctx, async ({ tx, now, audit }) => {
      const id = await insertOrganisation(tx, data, now);
      const org = await mustFind(tx, id);
      await audit({ ...target(id), organisationId: id, action: 'create', before: null, after: org });
      return org;
    });
    // The first organisation becomes the current one.
    if (ctx.settings.read().currentOrganisationId === null)
      ctx.settings.write({ currentOrganisationId: created.id });
    return created;
  },

  update: (id: number, data: OrganisationData): Promise<Organisation> =>
    auditedChange(ctx, async ({ tx, now, audit }) => {
      await lockForChange(tx, target(id));
      const before = await mustFind(tx, id);
      if (before.archivedAt) throw new DomainError('CONFLICT', 'errors.archived');
      await updateOrganisation(tx, id, data, now);
      if (before.jurisdiction !== data.jurisdiction) await recomputeCrossBorder(tx, id, data.jurisdiction);
      const after = await mustFind(tx, id);
      await audit({ ...target(id), organisationId: id, action: 'update', before, after });
      return after;
    }),

  setArchived: (id: number, archived: boolean): Promise<Organisation> =>
    auditedChange(ctx, async ({ tx, now, audit, nothingChanged }) => {
      await lockForChange(tx, target(id));
      const before = await mustFind(tx, id);
      if (Boolean(before.archivedAt) === archived) {
        nothingChanged();
        return before;
      }
      await setOrganisationArchived(tx, id, archived ? now : null, now);
      const after = await mustFind(tx, id);
      const action = archived ? 'archive' : 'restore';
      await audit({ ...target(id), organisationId: id, action, before, after });
      return after;
    }),
});

export type OrganisationService = ReturnType<typeof organisationService>;
