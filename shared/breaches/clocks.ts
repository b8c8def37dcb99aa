import type {
  BreachClock,
  ClockState,
  NotificationAddressee,
  NotificationPurpose,
} from '../domain/breachClock';
import type { Jurisdiction } from '../domain/common';
import { computeDeadline, hoursLeft, type DeadlineRule, type WorkingCalendar } from '../deadlines';

/** Which recorded notifications stop which clock (rule id → addressee and purposes). */
export const CLOCK_STOPS: Record<
  string,
  { addressee: NotificationAddressee; purposes: NotificationPurpose[] }
> = {
  'ru.breachNotice.initial': { addressee: 'regulator', purposes: ['initial'] },
  'ru.breachNotice.investigation': { addressee: 'regulator', purposes: ['investigation'] },
  'kz.breachNotice.initial': { addressee: 'regulator', purposes: ['initial'] },
  'kg.breachNotice.internal': { addressee: 'regulator', purposes: ['initial'] },
  'any.breachNotice.gdpr': { addressee: 'gdprAuthority', purposes: ['initial', 'investigation', 'other'] },
};

const ADDRESSEES: Record<string, { ru: string; en: string }> = {
  'ru.breachNotice.initial': { ru: 'Роскомнадзор', en: 'Roskomnadzor' },
  'ru.breachNotice.investigation': { ru: 'Роскомнадзор', en: 'Roskomnadzor' },
  'kz.breachNotice.initial': { ru: 'Уполномоченный орган (РК)', en: 'Authorised body (KZ)' },
  'kg.breachNotice.internal': { ru: 'Внутренний срок', en: 'Internal target' },
  'any.breachNotice.gdpr': { ru: 'Надзорный орган ЕС', en: 'EU supervisory authority' },
};

export const stopsClock = (
  ruleId: string,
  n: { addressee: NotificationAddressee; purpose: NotificationPurpose },
): boolean => {
  const stop = CLOCK_STOPS[ruleId];
  return stop !== undefined && stop.addressee === n.addressee && stop.purposes.includes(n.purpose);
};

export interface ClockNotification {
  id: number;
  addressee: NotificationAddressee;
  purpose: NotificationPurpose;
  sentAt: string;
}

export interface ClockInput {
  rules: readonly DeadlineRule[];
  jurisdiction: Jurisdiction;
  detectedAt: string;
  becameAwareAt: string;
  calendar: WorkingCalendar;
  timeZone: string;
  kgTargetHours: number;
  gdprOptIn: boolean;
  notifications: readonly ClockNotification[];
  now: string;
}

/** The breach-notice rules that apply: the jurisdiction's, plus GDPR when opted in. */
export const applicableRules = (
  rules: readonly DeadlineRule[],
  jurisdiction: Jurisdiction,
  gdprOptIn: boolean,
): DeadlineRule[] =>
  rules.filter(
    (r) =>
      r.kind === 'breachNotice' &&
      (r.jurisdiction === jurisdiction || (gdprOptIn && r.id === 'any.breachNotice.gdpr')),
  );

const stateOf = (dueAt: string, stoppedAt: string | null, now: string): ClockState => {
  if (stoppedAt !== null) return Date.parse(stoppedAt) <= Date.parse(dueAt) ? 'met' : 'missed';
  return Date.parse(now) < Date.parse(dueAt) ? 'running' : 'missed';
};

/**
 * Every clock of the incident as of `now`: due instant from the deadline engine (hour periods from
 * the start instant, the KZ working day to 24:00 local of the next working day), stopped by the
 * earliest matching notification. GDPR starts at becameAwareAt, the others at detectedAt.
 */
export const computeClocks = (input: ClockInput): BreachClock[] =>
  applicableRules(input.rules, input.jurisdiction, input.gdprOptIn).map((rule) => {
    const start = rule.variant === 'gdpr' ? input.becameAwareAt : input.detectedAt;
    const d = computeDeadline({
      rule,
      start,
      calendar: input.calendar,
      timeZone: input.timeZone,
      ...(rule.configurable ? { amountOverride: input.kgTargetHours } : {}),
    });
    const dueAt = d.dueAt ?? start;
    const stop = input.notifications
      .filter((n) => stopsClock(rule.id, n))
      .sort((a, b) => Date.parse(a.sentAt) - Date.parse(b.sentAt))[0];
    const stoppedAt = stop?.sentAt ?? null;
    const addressee = ADDRESSEES[rule.id] ?? { ru: rule.titleRu, en: rule.titleEn };
    return {
      ruleId: rule.id,
      titleRu: rule.titleRu,
      titleEn: rule.titleEn,
      verify: rule.verify,
      addresseeRu: addressee.ru,
      addresseeEn: addressee.en,
      dueAt,
      basis: {
        ruleId: d.ruleId,
        jurisdiction: d.jurisdiction,
        citation: d.citation,
        unit: d.unit,
        amount: d.amount,
        startEvent: d.startEvent,
        start: d.start,
        dueDate: d.dueDate,
        dueAt: d.dueAt,
        calendarVersion: d.calendarVersion,
        explanationRu: d.explanationRu,
        explanationEn: d.explanationEn,
      },
      state: stateOf(dueAt, stoppedAt, input.now),
      stoppedAt,
      notificationId: stop?.id ?? null,
      hoursLeft: stoppedAt === null ? hoursLeft(dueAt, input.now) : null,
    };
  });

/** The running clock due first, else null. */
export const nearestClock = (clocks: readonly BreachClock[]): BreachClock | null =>
  clocks.filter((c) => c.state === 'running').sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt))[0] ??
  null;
