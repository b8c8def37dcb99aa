import {
  CorrespondenceSettingsData,
  DEFAULT_INCOMING_FORMAT,
  DEFAULT_KIND_CODES,
  DEFAULT_OUTGOING_FORMAT,
  DEFAULT_TIME_ZONES,
  type CorrespondenceSettings,
  type CorrespondenceSettingsValues,
} from '../../../shared/domain/correspondenceSettings';
import type { Organisation } from '../../../shared/domain/organisation';
import { DomainError } from '../../../shared/ipc/result';
import type { AppContext } from '../../context';
import type { Queryable } from '../../db/connection';
import {
  findCorrespondenceSettings,
  saveCorrespondenceSettings,
} from '../../db/repositories/correspondenceSettingsRepository';
import { findOrganisation } from '../../db/repositories/organisationRepository';
import { auditedChange, lockForChange, refuseIfStale } from '../../db/store/auditedChange';
import { dbOf, storeOf } from '../../db/store/interop';
import type { Db } from '../../db/store/types';

/** Defaults: formats «{seq}-{kind}/{yyyy}» and «Исх-{seq}/{yyyy}», the country's zone, the responsible person. */
export const defaultSettings = (org: Organisation): CorrespondenceSettingsValues =>
  CorrespondenceSettingsData.parse({
    incomingFormat: DEFAULT_INCOMING_FORMAT,
    outgoingFormat: DEFAULT_OUTGOING_FORMAT,
    kindCodes: DEFAULT_KIND_CODES,
    timeZone: DEFAULT_TIME_ZONES[org.jurisdiction],
    signatoryPosition: org.responsiblePosition,
    signatoryName: org.responsibleName,
    executorName: org.responsibleName,
    executorContact: [org.phone, org.email].filter((v) => v.trim() !== '').join(', '),
  });

export const mustFindOrganisation = async (q: Queryable, id: number): Promise<Organisation> => {
  const org = await findOrganisation(q, id);
  if (!org) throw new DomainError('NOT_FOUND', 'errors.notFound');
  return org;
};

/** The organisation's settings, or the defaults when never saved. Unconverted callers pass a Queryable. */
export const settingsOf = async (q: Db | Queryable, org: Organisation): Promise<CorrespondenceSettings> => {
  const stored = await findCorrespondenceSettings(dbOf(q), org.id);
  return stored
    ? { ...stored.values, organisationId: org.id, saved: true, updatedAt: stored.updatedAt }
    : { ...defaultSettings(org), organisationId: org.id, saved: false, updatedAt: null };
};

export const correspondenceSettingsService = (ctx: AppContext) => ({
  get: async (organisationId: number) => {
    const { read } = storeOf(ctx);
    return settingsOf(read, await mustFindOrganisation(read.legacy, organisationId));
  },

  /** `expectedUpdatedAt`: the version the form was loaded with; a save over a newer one is refused. */
  update: (organisationId: number, data: CorrespondenceSettingsValues, expectedUpdatedAt?: string | null) =>
    auditedChange(ctx, async ({ tx, now, audit }) => {
      const target = { entity: 'correspondenceSettings', entityId: organisationId } as const;
      await lockForChange(tx, target);
      const org = await mustFindOrganisation(tx.legacy, organisationId);
      const before = await settingsOf(tx, org);
      await refuseIfStale(tx, target, expectedUpdatedAt, before.updatedAt);
      await saveCorrespondenceSettings(tx, org.id, data, now);
      const after = await settingsOf(tx, org);
      await audit({
        ...target,
        organisationId: org.id,
        action: before.saved ? 'update' : 'create',
        before: before.saved ? before : null,
        after,
      });
      return after;
    }),
});
