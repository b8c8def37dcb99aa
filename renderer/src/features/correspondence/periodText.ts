import type { TFunction } from 'i18next';
import type { DeadlineUnit } from '../../../../shared/deadlines';

/** «30 календарных дней», «10 рабочих дней», «незамедлительно». */
export const periodText = (t: TFunction, amount: number, unit: DeadlineUnit): string =>
  unit === 'immediate'
    ? t('correspondence.units.immediate')
    : t(`correspondence.units.${unit}`, { count: amount });

/** «понедельник» for a legal date (YYYY-MM-DD), in the UI language. */
export const weekdayOf = (isoDate: string, lang: 'ru' | 'en'): string =>
  new Date(`${isoDate}T12:00:00Z`).toLocaleDateString(lang === 'ru' ? 'ru-RU' : 'en-GB', {
    weekday: 'long',
    timeZone: 'UTC',
  });
