/** Words for the explanation sentences: Russian plurals and cases, English equivalents. */
import { formatDateRu } from '../format/date';
import type { DeadlineUnit, StartEvent } from './ruleSchema';
import { isoWeekday } from './isoDate';

const WEEKDAY_NOM = ['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье'];
const WEEKDAY_ACC = ['понедельник', 'вторник', 'среду', 'четверг', 'пятницу', 'субботу', 'воскресенье'];
const WEEKDAY_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

const pick = (names: readonly string[], date: string): string => names[isoWeekday(date) - 1] ?? '';

/** «суббота» (nominative: «последний день — суббота»). */
export const weekdayNomRu = (date: string): string => pick(WEEKDAY_NOM, date);
/** «субботу» (accusative: «перенесён на субботу»). */
export const weekdayAccRu = (date: string): string => pick(WEEKDAY_ACC, date);
export const weekdayEn = (date: string): string => pick(WEEKDAY_EN, date);

/** one / few / many form of a Russian noun after a number. */
export const pluralRu = (n: number, one: string, few: string, many: string): string => {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return one;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return few;
  return many;
};

/** «30 календарных дней», «1 рабочий день», «24 часа»; `accusative` gives «1 неделю». */
export const amountRu = (n: number, unit: DeadlineUnit, accusative = false): string => {
  const p = (one: string, few: string, many: string) => `${n} ${pluralRu(n, one, few, many)}`;
  switch (unit) {
    case 'calendarDays':
      return p('календарный день', 'календарных дня', 'календарных дней');
    case 'workingDays':
      return p('рабочий день', 'рабочих дня', 'рабочих дней');
    case 'weeks':
      return p(accusative ? 'неделю' : 'неделя', 'недели', 'недель');
    case 'months':
      return p('месяц', 'месяца', 'месяцев');
    case 'hours':
      return p('час', 'часа', 'часов');
    case 'immediate':
      return 'немедленно';
  }
};

const EN_UNITS: Record<DeadlineUnit, [string, string]> = {
  calendarDays: ['calendar day', 'calendar days'],
  workingDays: ['working day', 'working days'],
  weeks: ['week', 'weeks'],
  months: ['month', 'months'],
  hours: ['hour', 'hours'],
  immediate: ['', ''],
};

export const amountEn = (n: number, unit: DeadlineUnit): string =>
  unit === 'immediate' ? 'immediately' : `${n} ${EN_UNITS[unit][n === 1 ? 0 : 1]}`;

const EVENT_RU: Record<StartEvent, string> = {
  received: 'получения',
  sent: 'направления',
  detected: 'выявления',
  proofReceived: 'представления подтверждающих сведений',
  purposeAchieved: 'достижения цели обработки',
};
const EVENT_EN: Record<StartEvent, string> = {
  received: 'receipt',
  sent: 'sending',
  detected: 'detection',
  proofReceived: 'the supporting information was provided',
  purposeAchieved: 'the purpose of processing was achieved',
};

/** «со дня, следующего за днём получения» or, for hours and immediate, «с момента получения». */
export const sinceRu = (event: StartEvent, unit: DeadlineUnit): string =>
  unit === 'hours' || unit === 'immediate'
    ? `с момента ${EVENT_RU[event]}`
    : `со дня, следующего за днём ${EVENT_RU[event]}`;

export const sinceEn = (event: StartEvent, unit: DeadlineUnit): string => {
  const what = EVENT_EN[event];
  const clause = event === 'proofReceived' || event === 'purposeAchieved';
  if (unit === 'hours' || unit === 'immediate')
    return clause ? `from the moment ${what}` : `from the moment of ${what}`;
  return `from the day after ${what}`;
};

/** «понедельник 07.12.2026» (nominative) / «понедельник 07.12.2026» after «на» (accusative). */
export const dayRu = (date: string, accusative = false): string =>
  `${accusative ? weekdayAccRu(date) : weekdayNomRu(date)} ${formatDateRu(date)}`;
export const dayEn = (date: string): string => `${weekdayEn(date)} ${formatDateRu(date)}`;
