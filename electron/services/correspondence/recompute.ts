import { DomainError } from '../../../shared/ipc/result';
import type { Queryable } from '../../db/connection';
import { itemExtensions, itemPauses, setItemDeadline } from '../../db/repositories/correspondenceRepository';
import { deadlineValuesOf, itemDeadlineOf, runDeadline, toExtensions, toPauses } from './itemDeadline';
import { deadlineOf, mustFindItemRow } from './itemMapping';
import type { OrganisationScope } from './scope';

/**
 * Recomputes an item's deadline from its rule, start, extensions and pauses with the calendars in
 * force, and stores the new basis. Returns whether the due date changed.
 */
export const recomputeItem = async (
  tx: Queryable,
  scope: OrganisationScope,
  id: number,
  now: string,
  field?: string,
): Promise<boolean> => {
  const row = await mustFindItemRow(tx, id);
  const rule = scope.rules.find((r) => r.id === row.rule_id);
  if (!rule) throw new DomainError('CONFLICT', 'errors.correspondence.ruleMissing');
  const [extensions, pauses] = await Promise.all([itemExtensions(tx, id), itemPauses(tx, id)]);
  const result = runDeadline(
    rule,
    row.start_date,
    scope.deadline,
    toExtensions(extensions),
    toPauses(pauses, scope.deadline.today),
    field,
  );
  const deadline = itemDeadlineOf(rule, result, now);
  await setItemDeadline(tx, id, deadlineValuesOf(deadline), now);
  const previous = deadlineOf(row).basis;
  return (
    deadline.basis.dueDate !== previous.dueDate || deadline.basis.calendarVersion !== previous.calendarVersion
  );
};
