import { useTranslation } from 'react-i18next';
import type { DayName } from '../../../../../shared/deadlines';
import { isoWeekday } from '../../../../../shared/deadlines/isoDate';
import { asLang } from '../../../i18n/format';

export interface CalendarDays {
  year: number;
  daysOff: readonly string[];
  workingWeekends: readonly string[];
  shortDays: readonly string[];
  verifyDates: readonly string[];
  dayNames: Readonly<Record<string, DayName>>;
}

type DayKind = 'working' | 'weekend' | 'holiday' | 'workingWeekend' | 'short';

const pad = (n: number) => String(n).padStart(2, '0');
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

const kindOf = (date: string, c: CalendarDays): DayKind => {
  if (c.daysOff.includes(date)) return 'holiday';
  if (c.workingWeekends.includes(date)) return 'workingWeekend';
  if (isoWeekday(date) >= 6) return 'weekend';
  return c.shortDays.includes(date) ? 'short' : 'working';
};

/** The year at a glance: days off, moved working weekends, short days and dates to verify. */
export function YearGrid({ calendar }: { calendar: CalendarDays }) {
  const { t, i18n } = useTranslation();
  const lang = asLang(i18n.language);
  const locale = lang === 'ru' ? 'ru-RU' : 'en-GB';
  const weekdays = [1, 2, 3, 4, 5, 6, 7].map((d) =>
    new Date(Date.UTC(2024, 0, d)).toLocaleDateString(locale, { weekday: 'short', timeZone: 'UTC' }),
  );
  return (
    <div className="year-grid">
      {Array.from({ length: 12 }, (_, m) => {
        const month = m + 1;
        const first = `${calendar.year}-${pad(month)}-01`;
        const blanks = isoWeekday(first) - 1;
        const monthName = new Date(Date.UTC(calendar.year, m, 1)).toLocaleDateString(locale, {
          month: 'long',
          timeZone: 'UTC',
        });
        return (
          <div key={month} className="month">
            <div className="month-name">{monthName}</div>
            <div className="month-days" aria-hidden="true">
              {weekdays.map((w) => (
                <span key={w} className="weekday">
                  {w}
                </span>
              ))}
              {Array.from({ length: blanks }, (_, i) => (
                <span key={`b${i}`} />
              ))}
              {Array.from({ length: daysIn(calendar.year, month) }, (_, d) => {
                const date = `${calendar.year}-${pad(month)}-${pad(d + 1)}`;
                const kind = kindOf(date, calendar);
                const verify = calendar.verifyDates.includes(date);
                const name = calendar.dayNames[date]?.[lang];
                const label = [
                  t(`correspondence.calendars.dayKinds.${kind}`),
                  name,
                  verify ? t('correspondence.calendars.verifyDate') : '',
                ]
                  .filter(Boolean)
                  .join(' · ');
                return (
                  <span key={date} className={`day day-${kind}${verify ? ' day-verify' : ''}`} title={label}>
                    {d + 1}
                  </span>
                );
              })}
            </div>
          </div>
        );
      })}
      <ul className="year-legend">
        {(['holiday', 'weekend', 'workingWeekend', 'short'] as const).map((kind) => (
          <li key={kind}>
            <span className={`day day-${kind}`} aria-hidden="true">
              1
            </span>
            {t(`correspondence.calendars.dayKinds.${kind}`)}
          </li>
        ))}
        <li>
          <span className="day day-working day-verify" aria-hidden="true">
            1
          </span>
          {t('correspondence.calendars.verifyDate')}
        </li>
      </ul>
    </div>
  );
}
