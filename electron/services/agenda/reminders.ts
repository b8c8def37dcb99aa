import { localIsoDate } from '../../../shared/format/date';
import type { AppContext } from '../../context';
import type { Notifier } from '../../platform/ports';
import { agendaEn } from '../../../shared/i18n/ui/agenda.en';
import { agendaRu } from '../../../shared/i18n/ui/agenda.ru';
import { agendaService } from './agenda';

export interface ReminderTimers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Unref'ed: a pending reminder never keeps the process alive. */
const systemTimers: ReminderTimers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms).unref(),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** The first reminder a little after start (the window is up); then the date is checked hourly. */
export const FIRST_REMINDER_MS = 15_000;
export const CHECK_EVERY_MS = 60 * 60_000;

/** The reminder in the UI language, from the same resources as the «Сроки» page. */
const reminderText = (lang: string, overdue: number, today: number) => {
  const strings = lang === 'en' ? agendaEn : agendaRu;
  return {
    title: strings.reminderTitle,
    body: strings.reminderBody.replace('{{overdue}}', String(overdue)).replace('{{today}}', String(today)),
  };
};

/** One reminder when anything is overdue or due today; true when it was shown. */
export const remindDue = async (ctx: AppContext, notifier: Notifier): Promise<boolean> => {
  const badges = await agendaService(ctx).badges();
  if (badges.deadlines + badges.dueToday === 0) return false;
  notifier.notify(reminderText(ctx.settings.read().uiLanguage, badges.deadlines, badges.dueToday));
  return true;
};

/**
 * A desktop notification at start and once a day for what is due or overdue: after start, then
 * every hour the local date is compared with the day of the last reminder. Returns the stop function.
 * A failed look-up (a locked or restored database) is skipped until the next check.
 */
export const startDueReminders = (
  ctx: AppContext,
  notifier: Notifier,
  timers: ReminderTimers = systemTimers,
): (() => void) => {
  let lastDay = '';
  let handle: unknown = null;
  let stopped = false;
  const tick = async () => {
    // The officer's day (the workstation's local date), not the UTC one: in Bishkek 01:00 is a new day.
    const day = localIsoDate(ctx.clock.now());
    if (day !== lastDay) {
      try {
        await remindDue(ctx, notifier);
        lastDay = day;
      } catch {
        // Try again at the next check.
      }
    }
    if (!stopped) handle = timers.setTimeout(() => void tick(), CHECK_EVERY_MS);
  };
  handle = timers.setTimeout(() => void tick(), FIRST_REMINDER_MS);
  return () => {
    stopped = true;
    timers.clearTimeout(handle);
  };
};
