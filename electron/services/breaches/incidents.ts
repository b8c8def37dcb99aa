import type {
  BreachData,
  BreachIncident,
  BreachStatus,
  BreachUpdateData,
} from '../../../shared/domain/breach';
import type { BreachOverview, BreachSummary } from '../../../shared/domain/breachQuery';
import type { SeverityAssessment } from '../../../shared/domain/breachSeverity';
import type { PageOf } from '../../../shared/domain/common';
import type { AuditEntry } from '../../../shared/domain/audit';
import { scoreSeverity } from '../../../shared/breaches/enisa';
import { nearestClock } from '../../../shared/breaches/clocks';
import { canMoveBreach } from '../../../shared/breaches/statusWorkflow';
import { localDateIn } from '../../../shared/deadlines/timeZone';
import { DomainError } from '../../../shared/ipc/result';
import { actorOf, nowIso, type AppContext } from '../../context';
import type { Queryable } from '../../db/connection';
import {
  insertBreach,
  listBreaches,
  nextBreachSeq,
  setBreachField,
  updateBreachFacts,
} from '../../db/repositories/breachRepository';
import { appendAudit } from '../auditTrail';
import { activeScope, ensureCalendars } from '../correspondence/scope';
import { loadIncident, mustFindBreachRow } from './mapping';

/** Number format of incidents: «ИНЦ-{seq}/{yyyy}». */
export const breachNumber = (seq: number, year: number): string => `ИНЦ-${seq}/${year}`;

/** Reloads the incident and appends the audit entry, inside the caller's transaction. */
export const auditIncident = async (
  ctx: AppContext,
  tx: Queryable,
  id: number,
  action: AuditEntry['action'],
  before: BreachIncident | null,
  now: string,
): Promise<BreachIncident> => {
  const after = await loadIncident(ctx, tx, id);
  const strip = (i: BreachIncident | null) => (i ? { ...i, clocks: undefined } : null);
  await appendAudit(
    tx,
    { entity: 'breachIncident', entityId: id, action, before: strip(before), after: strip(after) },
    actorOf(ctx),
    now,
  );
  return after;
};

const summaryOf = (i: BreachIncident): BreachSummary => ({
  id: i.id,
  organisationId: i.organisationId,
  organisationName: i.organisationName,
  number: i.number,
  detectedAt: i.detectedAt,
  becameAwareAt: i.becameAwareAt,
  timeZone: i.timeZone,
  description: i.description,
  status: i.status,
  band: i.severity?.result.band ?? null,
  approxSubjects: i.approxSubjects,
  nearestClock: nearestClock(i.clocks),
  anyMissed: i.clocks.some((c) => c.state === 'missed'),
});

export const breachIncidentService = (ctx: AppContext) => {
  const write = async (
    id: number,
    action: AuditEntry['action'],
    change: (tx: Queryable, before: BreachIncident, now: string) => Promise<void>,
  ): Promise<BreachIncident> => {
    await ensureCalendars(ctx);
    const now = nowIso(ctx);
    return ctx.db.transaction(async (tx) => {
      const before = await loadIncident(ctx, tx, id);
      await change(tx, before, now);
      return auditIncident(ctx, tx, id, action, before, now);
    });
  };

  return {
    create: async (data: BreachData): Promise<BreachIncident> => {
      await ensureCalendars(ctx);
      const now = nowIso(ctx);
      return ctx.db.transaction(async (tx) => {
        const scope = await activeScope(ctx, tx, data.organisationId);
        const year = Number(localDateIn(data.detectedAt, scope.settings.timeZone).slice(0, 4));
        const seq = await nextBreachSeq(tx, data.organisationId, year);
        const id = await insertBreach(tx, {
          organisationId: data.organisationId,
          seq,
          year,
          number: breachNumber(seq, year),
          data,
          now,
        });
        return auditIncident(ctx, tx, id, 'create', null, now);
      });
    },

    get: async (id: number): Promise<BreachIncident> => {
      await ensureCalendars(ctx);
      return loadIncident(ctx, ctx.db, id);
    },

    update: (id: number, data: BreachUpdateData) =>
      write(id, 'update', async (tx, before, now) => {
        if (before.status === 'closed') throw new DomainError('CONFLICT', 'errors.breaches.closed');
        await updateBreachFacts(tx, id, data, now);
      }),

    setStatus: (id: number, status: BreachStatus) =>
      write(id, 'update', async (tx, before, now) => {
        if (!canMoveBreach(before.status, status))
          throw new DomainError('CONFLICT', 'errors.breaches.transition');
        await setBreachField(tx, id, 'status', status, now);
      }),

    assess: (id: number, assessment: SeverityAssessment) =>
      write(id, 'update', async (tx, _before, now) => {
        const severity = {
          assessment,
          result: scoreSeverity(assessment),
          assessedAt: now,
          assessedBy: actorOf(ctx).person || actorOf(ctx).os,
        };
        await setBreachField(tx, id, 'severity', JSON.stringify(severity), now);
      }),

    decide: (id: number, notify: boolean, reason: string) =>
      write(id, 'update', async (tx, _before, now) => {
        const decision = {
          notify,
          reason,
          decidedAt: now,
          decidedBy: actorOf(ctx).person || actorOf(ctx).os,
        };
        await setBreachField(tx, id, 'decision', JSON.stringify(decision), now);
      }),

    list: async (f: {
      organisationId: number | null;
      statuses: string[];
      search: string;
      offset: number;
      limit: number;
    }): Promise<PageOf<BreachSummary>> => {
      await ensureCalendars(ctx);
      const { rows, total } = await listBreaches(ctx.db, f);
      const items = [];
      for (const r of rows) items.push(summaryOf(await loadIncident(ctx, ctx.db, r.id)));
      return { items, total, offset: f.offset, limit: f.limit };
    },

    overview: async (organisationId: number | null): Promise<BreachOverview> => {
      await ensureCalendars(ctx);
      const { rows } = await listBreaches(ctx.db, {
        organisationId,
        statuses: ['open', 'contained', 'notified'],
        search: '',
        offset: 0,
        limit: 10_000,
      });
      const items = [];
      for (const r of rows) items.push(summaryOf(await loadIncident(ctx, ctx.db, r.id)));
      const due = (s: BreachSummary) =>
        s.nearestClock ? Date.parse(s.nearestClock.dueAt) : Number.MAX_SAFE_INTEGER;
      items.sort((a, b) => due(a) - due(b));
      return {
        generatedAt: nowIso(ctx),
        items,
        counts: {
          open: items.length,
          running: items.filter((i) => i.nearestClock !== null).length,
          missed: items.filter((i) => i.anyMissed).length,
        },
      };
    },

    mustExist: (id: number) => mustFindBreachRow(ctx.db, id),

    /** A write of another service (scope), audited as an update of the incident. */
    writeRaw: (id: number, change: (tx: Queryable, now: string) => Promise<void>) =>
      write(id, 'update', (tx, _before, now) => change(tx, now)),
  };
};
