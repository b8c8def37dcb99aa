import type {
  CorrespondenceData,
  CorrespondenceItem,
  CorrespondenceUpdateData,
} from '../../../shared/domain/correspondence';
import { formatRegistrationNumber } from '../../../shared/correspondence/numbering';
import { formatDateRu } from '../../../shared/format/date';
import { DomainError } from '../../../shared/ipc/result';
import { actorOf, nowIso, type AppContext } from '../../context';
import type { Queryable } from '../../db/connection';
import { insertBlock, setItemBlocksSubject } from '../../db/repositories/correspondenceBlockRepository';
import { insertItem, updateItem, type ItemRow } from '../../db/repositories/correspondenceRepository';
import { reindexItem } from '../../db/repositories/correspondenceListRepository';
import { nextSequence } from '../../db/repositories/correspondenceSettingsRepository';
import { appendAudit } from '../auditTrail';
import { seedCalendars } from './calendars';
import { deadlineValuesOf, itemDeadlineOf, runDeadline } from './itemDeadline';
import { loadItem, mustFindItemRow } from './itemMapping';
import { itemValues, refuseFutureDates, resolveRule, resolveSender } from './itemValues';
import { recomputeItem } from './recompute';
import { activeScope, scopeById } from './scope';

/** Audit of a change to an item, in the same transaction. */
export const auditItem = async (
  ctx: AppContext,
  tx: Queryable,
  id: number,
  action: 'create' | 'update' | 'attach',
  before: CorrespondenceItem | null,
  now: string,
): Promise<CorrespondenceItem> => {
  const after = await loadItem(tx, id);
  await appendAudit(
    tx,
    { entity: 'correspondenceItem', entityId: id, action, before, after },
    actorOf(ctx),
    now,
  );
  return after;
};

/** «Требование о блокировании персональных данных (вх. № 3-З/2026 от 05.11.2026)». */
export const blockReason = (row: Pick<ItemRow, 'number' | 'received_date'>): string =>
  `Требование о блокировании персональных данных (вх. № ${row.number} от ${formatDateRu(row.received_date)})`;

export const correspondenceItemService = (ctx: AppContext) => ({
  get: (id: number) => loadItem(ctx.db, id),

  /**
   * Registers an incoming item: assigns the next number of the organisation's year (inside the
   * transaction: no gaps, no duplicates), computes and stores the deadline with its basis, indexes it
   * for search and, for a blocking request, blocks the subject from the receipt date.
   */
  register: async (data: CorrespondenceData): Promise<CorrespondenceItem> => {
    const now = nowIso(ctx);
    return ctx.db.transaction(async (tx) => {
      await seedCalendars(tx, ctx.paths.resourcesDir, now);
      const scope = await activeScope(ctx, tx, data.organisationId);
      refuseFutureDates(data, scope.deadline.today);
      const rule = resolveRule(scope, data.kind, data.ruleId);
      const sender = await resolveSender(tx, scope.org.id, data.sender);
      const values = itemValues(data.kind, data, sender, rule.id);
      const result = runDeadline(rule, values.startDate, scope.deadline, [], [], 'receivedDate');
      // The register of the year of registration (today), whatever the receipt date says: a date
      // typed in error can never use up a number of another year's register.
      const registeredOn = scope.deadline.today;
      const year = Number(registeredOn.slice(0, 4));
      const seq = await nextSequence(tx, scope.org.id, 'incoming', year);
      const number = formatRegistrationNumber(scope.settings.incomingFormat, {
        seq,
        date: registeredOn,
        kindCode: scope.settings.kindCodes[data.kind],
      });
      const deadline = itemDeadlineOf(rule, result, now);
      const id = await insertItem(
        tx,
        scope.org.id,
        { year, seq, number },
        values,
        deadlineValuesOf(deadline),
        now,
      );
      await reindexItem(tx, id);
      const item = await auditItem(ctx, tx, id, 'create', null, now);
      if (data.kind === 'blocking') {
        const blockId = await insertBlock(
          tx,
          {
            organisationId: scope.org.id,
            subjectId: sender.subjectId,
            itemId: id,
            from: data.receivedDate,
            reason: blockReason({ number, received_date: data.receivedDate }),
          },
          now,
        );
        await appendAudit(
          tx,
          {
            entity: 'subjectBlock',
            entityId: blockId,
            action: 'create',
            before: null,
            after: { itemId: id },
          },
          actorOf(ctx),
          now,
        );
        return loadItem(tx, id);
      }
      return item;
    });
  },

  /** Edits an item; a new received date, rule or start date recomputes the deadline. The number stays. */
  update: async (id: number, data: CorrespondenceUpdateData): Promise<CorrespondenceItem> => {
    const now = nowIso(ctx);
    return ctx.db.transaction(async (tx) => {
      await seedCalendars(tx, ctx.paths.resourcesDir, now);
      const row = await mustFindItemRow(tx, id);
      if (row.status === 'closed') throw new DomainError('CONFLICT', 'errors.correspondence.closed');
      const before = await loadItem(tx, id);
      const scope = await scopeById(ctx, tx, row.organisation_id);
      refuseFutureDates(data, scope.deadline.today);
      const rule = resolveRule(scope, before.kind, data.ruleId || row.rule_id);
      const sender = await resolveSender(tx, scope.org.id, data.sender);
      const values = itemValues(row.kind, data, sender, rule.id);
      await updateItem(tx, id, values, now);
      if (sender.subjectId !== row.subject_id) await setItemBlocksSubject(tx, id, sender.subjectId);
      const deadlineInputsChanged =
        values.receivedDate !== row.received_date ||
        values.startDate !== row.start_date ||
        rule.id !== row.rule_id;
      if (deadlineInputsChanged) await recomputeItem(tx, scope, id, now, 'receivedDate');
      await reindexItem(tx, id);
      return auditItem(ctx, tx, id, 'update', before, now);
    });
  },
});
