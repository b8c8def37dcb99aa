import type { Agenda, AgendaBadges, AgendaEntry, AgendaState } from '../../../shared/domain/agenda';
import type { CorrespondenceKind } from '../../../shared/domain/correspondence';
import type { Jurisdiction } from '../../../shared/domain/common';
import { dateStatus, daysLeft, instantStatus } from '../../../shared/deadlines';
import { addDays } from '../../../shared/deadlines/isoDate';
import { localDateIn } from '../../../shared/deadlines/timeZone';
import { nowIso, type AppContext } from '../../context';
import {
  activeBlocksWithItems,
  activeJurisdictions,
  datedRecipients,
  lastCalendarYears,
} from '../../db/repositories/agendaRepository';
import { listBreaches } from '../../db/repositories/breachRepository';
import { loadIncident } from '../breaches/mapping';
import { correspondenceListingService } from '../correspondence/listing';
import { ensureCalendars, todaysOfOrganisations } from '../correspondence/scope';

/** Review dates and contract ends show this many days ahead. */
export const RECIPIENT_WINDOW_DAYS = 30;
/** A country's last working-day calendar is flagged this many days before it runs out. */
export const CALENDAR_WARNING_DAYS = 90;

const ORDER: Record<AgendaState, number> = { overdue: 0, dueToday: 1, thisWeek: 2, later: 3 };
const blank = { titleRu: '', titleEn: '', dueAt: null, country: null, itemKind: null } as const;

const breachClockEntries = async (ctx: AppContext, now: string): Promise<AgendaEntry[]> => {
  const { rows } = await listBreaches(ctx.db, {
    organisationId: null,
    statuses: ['open', 'contained', 'notified'],
    search: '',
    offset: 0,
    limit: 10_000,
  });
  const out: AgendaEntry[] = [];
  for (const row of rows) {
    const i = await loadIncident(ctx, ctx.db, row.id);
    for (const c of i.clocks) {
      // A notice logged (in time or late) ends the urgency; a missed clock with no notice stays overdue.
      if (c.stoppedAt !== null) continue;
      const state = c.state === 'missed' ? 'overdue' : instantStatus(c.dueAt, now);
      if (state === 'later') continue;
      out.push({
        ...blank,
        kind: 'breachClock',
        key: `clock-${i.id}-${c.ruleId}`,
        targetId: i.id,
        organisationId: i.organisationId,
        organisationName: i.organisationName,
        label: i.number,
        titleRu: `${c.addresseeRu}: ${c.titleRu}`,
        titleEn: `${c.addresseeEn}: ${c.titleEn}`,
        dueDate: localDateIn(c.dueAt, i.timeZone),
        dueAt: c.dueAt,
        state,
      });
    }
  }
  return out;
};

const recipientEntries = async (ctx: AppContext, todays: Record<string, string>): Promise<AgendaEntry[]> => {
  const out: AgendaEntry[] = [];
  for (const r of await datedRecipients(ctx.db, todays, RECIPIENT_WINDOW_DAYS)) {
    const today = todays[`o${r.organisation_id}`] ?? '';
    const limit = addDays(today, RECIPIENT_WINDOW_DAYS);
    const common = {
      ...blank,
      targetId: r.id,
      organisationId: r.organisation_id,
      organisationName: r.organisation_name,
      label: r.legal_name,
    };
    if (r.review_date && r.review_date <= limit)
      out.push({
        ...common,
        kind: 'review',
        key: `review-${r.id}`,
        dueDate: r.review_date,
        state: dateStatus(r.review_date, today),
      });
    if (r.contract_end_date && r.contract_end_date <= limit)
      out.push({
        ...common,
        kind: 'contractEnd',
        key: `contract-${r.id}`,
        dueDate: r.contract_end_date,
        state: dateStatus(r.contract_end_date, today),
      });
  }
  return out;
};

/** A block in force is listed; once its item is answered or closed it should have been lifted: overdue. */
const blockEntries = async (ctx: AppContext): Promise<AgendaEntry[]> =>
  (await activeBlocksWithItems(ctx.db)).map((b) => ({
    ...blank,
    kind: 'block',
    key: `block-${b.id}`,
    targetId: b.item_id,
    organisationId: b.organisation_id,
    organisationName: b.organisation_name,
    label: b.item_number,
    itemKind: b.item_kind as CorrespondenceKind,
    dueDate: b.from_date,
    state: b.item_status === 'answered' || b.item_status === 'closed' ? 'overdue' : 'later',
  }));

const calendarEntries = async (ctx: AppContext, today: string): Promise<AgendaEntry[]> => {
  const used = await activeJurisdictions(ctx.db);
  return (await lastCalendarYears(ctx.db))
    .filter(
      ({ country, year }) => used.has(country) && daysLeft(`${year}-12-31`, today) <= CALENDAR_WARNING_DAYS,
    )
    .map(({ country, year }) => {
      const end = `${year}-12-31`;
      const left = daysLeft(end, today);
      return {
        ...blank,
        kind: 'calendar' as const,
        key: `calendar-${country}`,
        targetId: null,
        organisationId: null,
        organisationName: '',
        label: String(year),
        country: country as Jurisdiction,
        dueDate: end,
        state: left < 0 ? ('overdue' as const) : left <= 7 ? ('thisWeek' as const) : ('later' as const),
      };
    });
};

export const agendaService = (ctx: AppContext) => {
  const overview = async (): Promise<Agenda> => {
    await ensureCalendars(ctx);
    const now = nowIso(ctx);
    const todays = await todaysOfOrganisations(ctx, ctx.db);
    const entries = [
      ...(await breachClockEntries(ctx, now)),
      ...(await recipientEntries(ctx, todays)),
      ...(await blockEntries(ctx)),
      ...(await calendarEntries(ctx, now.slice(0, 10))),
    ].sort(
      (a, b) =>
        ORDER[a.state] - ORDER[b.state] ||
        (a.dueAt ?? `${a.dueDate}T23:59`).localeCompare(b.dueAt ?? `${b.dueDate}T23:59`) ||
        a.key.localeCompare(b.key),
    );
    const count = (state: AgendaState) => entries.filter((e) => e.state === state).length;
    return {
      generatedAt: now,
      entries,
      counts: { overdue: count('overdue'), dueToday: count('dueToday'), thisWeek: count('thisWeek') },
    };
  };

  /** Overdue counts per sidebar section, claims and requests included. */
  const badges = async (): Promise<AgendaBadges & { dueToday: number }> => {
    const agenda = await overview();
    const correspondence = (await correspondenceListingService(ctx).overview(null)).counts;
    const overdue = (kinds: readonly AgendaEntry['kind'][]) =>
      agenda.entries.filter((e) => e.state === 'overdue' && kinds.includes(e.kind)).length;
    return {
      deadlines: agenda.counts.overdue + correspondence.overdue,
      correspondence: correspondence.overdue + overdue(['block']),
      breaches: overdue(['breachClock']),
      recipients: overdue(['review', 'contractEnd']),
      dueToday: agenda.counts.dueToday + correspondence.dueToday,
    };
  };

  return { overview, badges };
};
