import type { CorrespondenceKind, CorrespondenceStatus } from '../../../shared/domain/correspondence';
import type {
  Countdown,
  CorrespondenceQueryParsed,
  CorrespondenceSummary,
  DeadlineOverview,
} from '../../../shared/domain/correspondenceQuery';
import type { PageOf } from '../../../shared/domain/common';
import { isOpenStatus } from '../../../shared/correspondence/statusWorkflow';
import { dateStatus, daysLeft, hoursLeft } from '../../../shared/deadlines';
import { organisationDisplayName } from '../../../shared/documents/recipientRegister';
import type { AppContext } from '../../context';
import type { Queryable } from '../../db/connection';
import { lastSentAnswers } from '../../db/repositories/correspondenceAnswerRepository';
import { blockedItemIds } from '../../db/repositories/correspondenceBlockRepository';
import {
  countOpenItems,
  listItems,
  urgentItems,
  type ListRow,
} from '../../db/repositories/correspondenceListRepository';
import { deadlineOf, senderOf } from './itemMapping';
import { todaysOfOrganisations } from './scope';

/** Days and hours left and the colour class, judged by the organisation's local date (art. 194). */
export const countdownOf = (
  row: Pick<ListRow, 'status' | 'due_date' | 'due_at'>,
  today: string,
  now: string,
): Countdown => ({
  state: isOpenStatus(row.status as CorrespondenceStatus) ? dateStatus(row.due_date, today) : 'done',
  daysLeft: daysLeft(row.due_date, today),
  hoursLeft: row.due_at ? hoursLeft(row.due_at, now) : null,
  today,
});

/** List rows -> summaries, with blocks and the last sent answer fetched for the whole page at once. */
export const toSummaries = async (
  q: Queryable,
  rows: readonly ListRow[],
  todays: Record<string, string>,
  now: string,
): Promise<CorrespondenceSummary[]> => {
  const ids = rows.map((r) => r.id);
  const [blocked, answers] = await Promise.all([blockedItemIds(q, ids), lastSentAnswers(q, ids)]);
  return rows.map((r) => {
    const deadline = deadlineOf(r);
    return {
      id: r.id,
      organisationId: r.organisation_id,
      organisationName: organisationDisplayName({
        name: r.organisation_name,
        legalForm: r.organisation_legal_form,
      }),
      number: r.number,
      kind: r.kind as CorrespondenceKind,
      receivedDate: r.received_date,
      sender: senderOf(r),
      demands: r.demands,
      status: r.status as CorrespondenceStatus,
      dueDate: r.due_date,
      dueAt: r.due_at,
      ruleId: r.rule_id,
      explanationRu: deadline.basis.explanationRu,
      explanationEn: deadline.basis.explanationEn,
      countdown: countdownOf(r, todays[`o${r.organisation_id}`] ?? now.slice(0, 10), now),
      blocked: blocked.has(r.id),
      lastAnswer: answers.get(r.id) ?? null,
      updatedAt: r.updated_at,
    };
  });
};

export const correspondenceListingService = (ctx: AppContext) => ({
  list: async (query: CorrespondenceQueryParsed): Promise<PageOf<CorrespondenceSummary>> => {
    const now = ctx.clock.now().toISOString();
    const todays = await todaysOfOrganisations(ctx, ctx.db);
    const { rows, total } = await listItems(ctx.db, query, todays);
    return {
      items: await toSummaries(ctx.db, rows, todays, now),
      total,
      offset: query.offset,
      limit: query.limit,
    };
  },

  /** The start page: overdue, due today and due this week, across organisations or for one. */
  overview: async (organisationId: number | null): Promise<DeadlineOverview> => {
    const now = ctx.clock.now().toISOString();
    const todays = await todaysOfOrganisations(ctx, ctx.db);
    const rows = await urgentItems(ctx.db, organisationId, todays);
    const summaries = await toSummaries(ctx.db, rows, todays, now);
    const pick = (state: Countdown['state']) => summaries.filter((s) => s.countdown.state === state);
    const overdue = pick('overdue');
    const dueToday = pick('dueToday');
    const thisWeek = pick('thisWeek');
    return {
      generatedAt: now,
      overdue,
      dueToday,
      thisWeek,
      counts: {
        overdue: overdue.length,
        dueToday: dueToday.length,
        thisWeek: thisWeek.length,
        open: await countOpenItems(ctx.db, organisationId),
      },
    };
  },
});
