import { CircleCheck, CircleDot, CircleX, Clock3, Timer, TriangleAlert, type LucideIcon } from 'lucide-react';
import type { TFunction } from 'i18next';
import type { BreachClock } from '../../../../../shared/domain/breachClock';

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

export type ClockLive = 'running' | 'soon' | 'urgent' | 'overdue' | 'met' | 'missed';

export interface ClockView {
  live: ClockLive;
  /** Whole hours and minutes to the due instant (negative parts once passed). */
  hours: number;
  minutes: number;
}

/** A clock as of `now` (the list and the detail refresh it every 30 s without asking the backend). */
export const clockView = (
  clock: Pick<BreachClock, 'dueAt' | 'state' | 'stoppedAt'>,
  now: number,
): ClockView => {
  const ms = Date.parse(clock.dueAt) - now;
  const abs = Math.abs(ms);
  const hours = Math.floor(abs / HOUR_MS);
  const minutes = Math.floor((abs % HOUR_MS) / MINUTE_MS);
  if (clock.stoppedAt !== null) return { live: clock.state === 'met' ? 'met' : 'missed', hours, minutes };
  if (ms < 0) return { live: 'overdue', hours, minutes };
  const live = ms <= 6 * HOUR_MS ? 'urgent' : ms <= 24 * HOUR_MS ? 'soon' : 'running';
  return { live, hours, minutes };
};

/** Colour of a clock; every use also shows the text and an icon. */
export const clockTone: Record<ClockLive, 'neutral' | 'warning' | 'danger' | 'success'> = {
  running: 'neutral',
  soon: 'warning',
  urgent: 'danger',
  overdue: 'danger',
  met: 'success',
  missed: 'danger',
};

export const clockIcon: Record<ClockLive, LucideIcon> = {
  running: Timer,
  soon: Clock3,
  urgent: CircleDot,
  overdue: TriangleAlert,
  met: CircleCheck,
  missed: CircleX,
};

/** «осталось 23 ч 15 мин», «просрочено на 3 ч 5 мин», «уведомление направлено в срок». */
export const clockText = (t: TFunction, view: ClockView): string => {
  switch (view.live) {
    case 'met':
      return t('breaches.clocks.met');
    case 'missed':
      return t('breaches.clocks.missed');
    case 'overdue':
      return t('breaches.clocks.overdue', { hours: String(view.hours), minutes: String(view.minutes) });
    default:
      return t('breaches.clocks.left', { hours: String(view.hours), minutes: String(view.minutes) });
  }
};
