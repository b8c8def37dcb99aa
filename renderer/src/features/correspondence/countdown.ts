import type { TFunction } from 'i18next';
import { Circle, CircleCheck, CircleDot, Clock3, TriangleAlert, type LucideIcon } from 'lucide-react';
import type { CorrespondenceItem } from '../../../../shared/domain/correspondence';
import type { Countdown, DeadlineState } from '../../../../shared/domain/correspondenceQuery';
import { isOpenStatus } from '../../../../shared/correspondence/statusWorkflow';

export type CountdownView = Pick<Countdown, 'state' | 'daysLeft' | 'hoursLeft'>;

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** Colour of a deadline; every use also shows the text and an icon, never the colour alone. */
export const countdownTone = {
  overdue: 'danger',
  dueToday: 'warning',
  thisWeek: 'warning',
  later: 'neutral',
  done: 'success',
} as const satisfies Record<DeadlineState, string>;

export const countdownIcon: Record<DeadlineState, LucideIcon> = {
  overdue: TriangleAlert,
  dueToday: CircleDot,
  thisWeek: Clock3,
  later: Circle,
  done: CircleCheck,
};

/** «осталось 3 дня», «сегодня, до 24:00 — осталось 5 ч», «просрочено на 2 дня»; hours for hour periods. */
export const countdownText = (t: TFunction, c: CountdownView, hourBased = false): string => {
  if (c.state === 'done') return t('correspondence.countdown.done');
  if (hourBased && c.hoursLeft !== null) {
    return c.hoursLeft >= 0
      ? t('correspondence.countdown.hoursLeft', { count: c.hoursLeft })
      : t('correspondence.countdown.hoursOverdue', { count: -c.hoursLeft });
  }
  if (c.daysLeft < 0) return t('correspondence.countdown.overdue', { count: -c.daysLeft });
  if (c.daysLeft === 0) {
    return c.hoursLeft !== null && c.hoursLeft >= 0
      ? t('correspondence.countdown.todayHours', { count: c.hoursLeft })
      : t('correspondence.countdown.today');
  }
  return t('correspondence.countdown.left', { count: c.daysLeft });
};

const stateOf = (daysLeft: number): DeadlineState =>
  daysLeft < 0 ? 'overdue' : daysLeft === 0 ? 'dueToday' : daysLeft <= 7 ? 'thisWeek' : 'later';

/**
 * The countdown of a stored item, as the list computes it on the server. `dueAt` is 24:00 of the last
 * day in the organisation's zone (art. 194), so the days left follow from it without knowing the zone.
 */
export const itemCountdown = (item: CorrespondenceItem, now: Date): CountdownView => {
  const dueAt = item.deadline.basis.dueAt;
  const hourBased = item.deadline.basis.unit === 'hours';
  let daysLeft: number;
  let hoursLeft: number | null = null;
  if (dueAt) {
    const ms = Date.parse(dueAt) - now.getTime();
    hoursLeft = ms >= 0 ? Math.floor(ms / HOUR_MS) : -Math.ceil(-ms / HOUR_MS);
    daysLeft = hourBased ? Math.floor(ms / DAY_MS) : Math.ceil(ms / DAY_MS) - 1;
  } else {
    const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
    daysLeft = Math.round((Date.parse(`${item.dueDate}T00:00:00Z`) - today) / DAY_MS);
  }
  const state = isOpenStatus(item.status) ? stateOf(daysLeft) : 'done';
  return { state, daysLeft, hoursLeft };
};
