import type { CorrespondenceSettings } from '../../../shared/domain/correspondenceSettings';
import type { Organisation } from '../../../shared/domain/organisation';
import type { DeadlineRule } from '../../../shared/deadlines';
import { localDateIn } from '../../../shared/deadlines/timeZone';
import { DomainError } from '../../../shared/ipc/result';
import { nowIso, type AppContext } from '../../context';
import type { Queryable } from '../../db/connection';
import { listOrganisations } from '../../db/repositories/organisationRepository';
import { seedCalendars, unseededYears, workingCalendarOf } from './calendars';
import { storeOf } from '../../db/store/interop';
import type { DeadlineSetting } from './itemDeadline';
import { loadDeadlineRules } from './rules';
import type { PolicyVersion } from '../../../shared/domain/policy';
import {
  applyPolicyClaim,
  claimClauseOf,
  claimTermsOf,
  type PolicyClaimTerms,
} from '../../../shared/policy/claimTerms';
import { policyVersionOn } from '../policy/policyInForce';
import { mustFindOrganisation, settingsOf } from './settings';

/** Everything needed to compute deadlines and numbers of one organisation's correspondence. */
export interface OrganisationScope {
  org: Organisation;
  settings: CorrespondenceSettings;
  rules: readonly DeadlineRule[];
  deadline: DeadlineSetting;
  /** The confirmed privacy policy version in force today (null: none confirmed yet). */
  policy: PolicyVersion | null;
  /** What that policy says about answering claims (period and clause, or that it sets none). */
  claimTerms: PolicyClaimTerms;
}

/** The organisation's local date now, in its correspondence time zone. */
export const todayIn = (ctx: AppContext, timeZone: string): string =>
  localDateIn(ctx.clock.now().toISOString(), timeZone);

export const scopeOf = async (
  ctx: AppContext,
  q: Queryable,
  org: Organisation,
): Promise<OrganisationScope> => {
  const settings = await settingsOf(q, org);
  const today = todayIn(ctx, settings.timeZone);
  const policy = await policyVersionOn(q, org.id, today);
  const claimTerms = claimTermsOf(policy);
  return {
    org,
    settings,
    // The policy's claim period and clause plugged into the policy claim rule (shared/policy/claimTerms.ts).
    rules: applyPolicyClaim(await loadDeadlineRules(ctx.paths.resourcesDir), claimTerms),
    deadline: {
      calendar: await workingCalendarOf(q, org.jurisdiction),
      timeZone: settings.timeZone,
      policyClause: claimClauseOf(claimTerms, org.policyClaimClause),
      today,
    },
    policy,
    claimTerms,
  };
};

export const scopeById = async (ctx: AppContext, q: Queryable, organisationId: number) =>
  scopeOf(ctx, q, await mustFindOrganisation(q, organisationId));

/** New correspondence only for an organisation that is not archived. */
export const activeScope = async (ctx: AppContext, q: Queryable, organisationId: number) => {
  const org = await mustFindOrganisation(q, organisationId).catch(() => {
    throw new DomainError('VALIDATION', 'errors.validation', { organisationId: ['errors.notFound'] });
  });
  if (org.archivedAt) throw new DomainError('CONFLICT', 'errors.archived');
  return scopeOf(ctx, q, org);
};

const seeded = new WeakSet<object>();

/**
 * Seeds the calendars once per opened database, for paths that only read (previews, lists). In team
 * mode only officers add calendars: for a lawyer or auditor the shipped years wait for an officer
 * (the deadlines they read were computed when the officer registered the items).
 */
export const ensureCalendars = async (ctx: AppContext): Promise<void> => {
  const store = storeOf(ctx);
  const key = ctx.teamStore ?? ctx.db;
  if (seeded.has(key)) return;
  if ((await unseededYears(store.read, ctx.paths.resourcesDir)) > 0) {
    const now = nowIso(ctx);
    try {
      await store.transaction((tx) => seedCalendars(tx, ctx.paths.resourcesDir, now));
    } catch (error) {
      if (store.engine === 'postgres' && error instanceof DomainError && error.code === 'FORBIDDEN') return;
      throw error;
    }
  }
  seeded.add(key);
};

/** Today of every organisation in its own time zone, as { "o<id>": "YYYY-MM-DD" } for SQL. */
export const todaysOfOrganisations = async (
  ctx: AppContext,
  q: Queryable,
): Promise<Record<string, string>> => {
  const out: Record<string, string> = {};
  for (const org of await listOrganisations(q, true)) {
    out[`o${org.id}`] = todayIn(ctx, (await settingsOf(q, org)).timeZone);
  }
  return out;
};
