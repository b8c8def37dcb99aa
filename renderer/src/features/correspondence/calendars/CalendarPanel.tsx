import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Jurisdiction } from '../../../../../shared/domain/common';
import type { CalendarCorrectionResult } from '../../../../../shared/domain/correspondenceCalendar';
import type { z } from 'zod';
import { ErrorBlock, Loading, Section } from '../../../components/Layout';
import { useQuery } from '../../../hooks/useQuery';
import { useCurrentOrganisation } from '../../../shell/appData';
import { CalendarCorrectionDialog } from './CalendarCorrectionDialog';
import { CalendarDetails } from './CalendarDetails';

type Correction = z.infer<typeof CalendarCorrectionResult>;

/** Working-day calendars per country and year: what deadlines are counted with, and corrections. */
export function CalendarPanel() {
  const { t } = useTranslation();
  const organisation = useCurrentOrganisation();
  const ids = { country: useId(), year: useId() };
  const [country, setCountry] = useState<Jurisdiction>(organisation.jurisdiction);
  const [year, setYear] = useState(new Date().getFullYear());
  const [dialog, setDialog] = useState<'correct' | 'add' | null>(null);
  const [saved, setSaved] = useState<Correction | null>(null);
  const list = useQuery('calendars:list', (api) => api.calendars.list());
  const years = (list.data ?? [])
    .filter((c) => c.country === country)
    .map((c) => c.year)
    .sort();
  const shownYear = years.includes(year) || years.length === 0 ? year : (years.at(-1) ?? year);
  const calendar = useQuery(`calendar:${country}:${shownYear}`, (api) =>
    api.calendars.get({ country, year: shownYear }),
  );
  const data =
    calendar.data?.country === country && calendar.data.year === shownYear ? calendar.data : undefined;

  const done = (result: Correction) => {
    setDialog(null);
    setSaved(result);
    setYear(result.calendar.year);
  };

  return (
    <Section
      title={t('correspondence.calendars.title')}
      actions={
        <>
          <button type="button" className="btn btn-small" onClick={() => setDialog('add')}>
            {t('correspondence.calendars.addYear')}
          </button>
          <button
            type="button"
            className="btn btn-small btn-primary"
            disabled={!data}
            onClick={() => setDialog('correct')}
          >
            {t('correspondence.calendars.correct')}
          </button>
        </>
      }
    >
      <p className="muted small">{t('correspondence.calendars.lead')}</p>
      <div className="filters filters-simple calendar-pickers">
        <div className="filter filter-wide">
          <label htmlFor={ids.country} className="filter-label">
            {t('correspondence.calendars.country')}
          </label>
          <select
            id={ids.country}
            value={country}
            onChange={(e) => setCountry(Jurisdiction.parse(e.target.value))}
          >
            {Jurisdiction.options.map((c) => (
              <option key={c} value={c}>
                {t(`labels.jurisdiction.${c}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="filter">
          <label htmlFor={ids.year} className="filter-label">
            {t('correspondence.calendars.year')}
          </label>
          <select id={ids.year} value={shownYear} onChange={(e) => setYear(Number(e.target.value))}>
            {(years.length ? years : [shownYear]).map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
      </div>
      {saved && (
        <p className="verify-result verify-ok" role="status">
          {t('correspondence.calendars.savedResult', {
            version: `${saved.calendar.country}:${saved.calendar.version}`,
            count: saved.recomputed,
          })}
        </p>
      )}
      {calendar.error && !data && <ErrorBlock error={calendar.error} onRetry={calendar.reload} />}
      {!calendar.error && !data && <Loading />}
      {data && <CalendarDetails calendar={data} />}
      {dialog === 'correct' && data && (
        <CalendarCorrectionDialog base={data} onClose={() => setDialog(null)} onSaved={done} />
      )}
      {dialog === 'add' && (
        <CalendarCorrectionDialog
          base={{ country, year: (years.at(-1) ?? year) + 1 }}
          onClose={() => setDialog(null)}
          onSaved={done}
        />
      )}
    </Section>
  );
}
