import { useTranslation } from 'react-i18next';
import type { CalendarYear } from '../../../../../shared/domain/correspondenceCalendar';
import { Badge, Detail } from '../../../components/Layout';
import { asLang, showDate, showInstant } from '../../../i18n/format';
import { YearGrid } from './YearGrid';

/** One calendar version: where it comes from, its special days and its earlier versions. */
export function CalendarDetails({ calendar }: { calendar: CalendarYear }) {
  const { t, i18n } = useTranslation();
  const lang = asLang(i18n.language);
  const named = (dates: readonly string[]) =>
    dates.length === 0 ? (
      <span className="muted">{t('correspondence.calendars.noDates')}</span>
    ) : (
      <ul className="date-chips">
        {[...dates].sort().map((d) => (
          <li key={d} className={calendar.verifyDates.includes(d) ? 'date-chip is-verify' : 'date-chip'}>
            <span className="nowrap">{showDate(d)}</span>
            {calendar.dayNames[d] && <span className="muted"> {calendar.dayNames[d][lang]}</span>}
            {calendar.verifyDates.includes(d) && (
              <span className="verify-mark">{t('correspondence.calendars.verifyShort')}</span>
            )}
          </li>
        ))}
      </ul>
    );
  return (
    <div className="calendar-details">
      <dl className="details details-3">
        <Detail label={t('correspondence.calendars.version')}>
          <span className="badge-row">
            <span className="mono">{`${calendar.country}:${calendar.version}`}</span>
            <Badge tone={calendar.origin === 'corrected' ? 'info' : 'neutral'}>
              {t(`correspondence.calendars.origin.${calendar.origin}`)}
            </Badge>
            {calendar.verify && <Badge tone="warning">{t('correspondence.calendars.verifyBadge')}</Badge>}
          </span>
        </Detail>
        <Detail label={t('correspondence.calendars.createdAt')}>
          {showInstant(calendar.createdAt)}
          {calendar.createdBy && <span className="muted"> · {calendar.createdBy}</span>}
        </Detail>
        <Detail label={t('correspondence.calendars.history')}>
          {calendar.history.length === 0
            ? t('correspondence.calendars.noHistory')
            : calendar.history.map((h) => h.version).join(', ')}
        </Detail>
        <Detail label={t('correspondence.calendars.source')} wide>
          <span className="pre-line">{calendar.source}</span>
        </Detail>
        {calendar.notes && (
          <Detail label={t('correspondence.calendars.notes')} wide>
            <span className="pre-line">{calendar.notes}</span>
          </Detail>
        )}
      </dl>
      <YearGrid calendar={calendar} />
      <dl className="details details-single calendar-lists">
        <Detail label={t('correspondence.calendars.fields.daysOff')}>{named(calendar.daysOff)}</Detail>
        <Detail label={t('correspondence.calendars.fields.workingWeekends')}>
          {named(calendar.workingWeekends)}
        </Detail>
        <Detail label={t('correspondence.calendars.fields.shortDays')}>{named(calendar.shortDays)}</Detail>
      </dl>
    </div>
  );
}
