import { formatDateRu } from '../format/date';
import type { DeadlineRule } from './ruleSchema';
import type { DeadlineWarning } from './types';
import type { WorkingCalendar } from './workingCalendar';
import { yearOf } from './isoDate';

export const ruleWarnings = (rule: DeadlineRule, citationMissing: boolean): DeadlineWarning[] => {
  const out: DeadlineWarning[] = [];
  if (citationMissing) {
    out.push({
      code: 'POLICY_CLAUSE_MISSING',
      textRu: 'Не указан пункт Политики о сроке ответа на претензию (карточка организации).',
      textEn: 'The policy clause that sets the claim period is not set (organisation card).',
    });
  }
  if (rule.verify) {
    out.push({
      code: 'RULE_UNVERIFIED',
      textRu: `Правило «${rule.titleRu}» не сверено с первоисточником — проверьте срок и ссылку.`,
      textEn: `The rule "${rule.titleEn}" is not confirmed at the primary source: check the period and citation.`,
    });
  }
  return out;
};

/** Warnings for unconfirmed calendar data used between `from` and `to` (both included). */
export const calendarWarnings = (calendar: WorkingCalendar, from: string, to: string): DeadlineWarning[] => {
  const out: DeadlineWarning[] = [];
  const unverifiedYears: number[] = [];
  const guessedYears: number[] = [];
  const unverifiedDates: string[] = [];
  for (let y = yearOf(from); y <= yearOf(to); y += 1) {
    const file = calendar.fileFor(y);
    if (calendar.isExtrapolated(y)) guessedYears.push(y);
    else if (file.verify) unverifiedYears.push(y);
    unverifiedDates.push(...(file.verifyDates ?? []).filter((d) => d >= from && d <= to));
  }
  if (unverifiedYears.length) {
    const years = unverifiedYears.join(', ');
    out.push({
      code: 'CALENDAR_UNVERIFIED',
      textRu: `Производственный календарь ${calendar.country} на ${years} г. содержит неподтверждённые даты — проверьте.`,
      textEn: `The ${calendar.country} working-day calendar for ${years} has unconfirmed dates: check it.`,
    });
  }
  if (guessedYears.length) {
    const years = guessedYears.join(', ');
    out.push({
      code: 'CALENDAR_EXTRAPOLATED',
      textRu: `Производственного календаря ${calendar.country} на ${years} г. нет: срок посчитан только с учётом выходных (суббота, воскресенье) — проверьте, когда календарь будет утверждён.`,
      textEn: `There is no ${calendar.country} working-day calendar for ${years}: the period counts weekends only — check it once the calendar is published.`,
    });
  }
  if (unverifiedDates.length) {
    const dates = unverifiedDates.sort().map(formatDateRu).join(', ');
    out.push({
      code: 'DATE_UNVERIFIED',
      textRu: `В срок попадают даты с неподтверждённым статусом (рабочий или нет): ${dates}.`,
      textEn: `The period includes dates whose working status is not confirmed: ${dates}.`,
    });
  }
  return out;
};

export const lateExtensionWarning = (grantedOn: string, due: string): DeadlineWarning => ({
  code: 'EXTENSION_LATE',
  textRu: `Продление оформлено ${formatDateRu(grantedOn)}, после истечения срока ${formatDateRu(due)}.`,
  textEn: `The extension was granted on ${formatDateRu(grantedOn)}, after the period ended on ${formatDateRu(due)}.`,
});
