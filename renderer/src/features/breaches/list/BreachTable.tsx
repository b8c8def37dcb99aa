import { useTranslation } from 'react-i18next';
import type { BreachSummary } from '../../../../../shared/domain/breachQuery';
import { asLang } from '../../../i18n/format';
import { ClockBadge } from '../clocks/ClockBadge';
import { useNow } from '../clocks/useNow';
import { BandBadge } from '../severity/BandBadge';
import { BreachStatusBadge } from '../StatusBadge';
import { showZoned } from '../zonedTime';

interface BreachTableProps {
  items: readonly BreachSummary[];
  onOpen: (id: number) => void;
  busy: boolean;
}

export function BreachTable({ items, onOpen, busy }: BreachTableProps) {
  const { t, i18n } = useTranslation();
  const lang = asLang(i18n.language);
  const now = useNow();
  return (
    <div className="table-wrap">
      <table className="data-table is-static" aria-label={t('breaches.list.tableLabel')} aria-busy={busy}>
        <thead>
          <tr>
            <th scope="col">{t('breaches.list.columns.number')}</th>
            <th scope="col">{t('breaches.list.columns.detectedAt')}</th>
            <th scope="col">{t('breaches.list.columns.status')}</th>
            <th scope="col">{t('breaches.list.columns.band')}</th>
            <th scope="col">{t('breaches.list.columns.clock')}</th>
            <th scope="col">{t('breaches.list.columns.organisation')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((b) => (
            <tr key={b.id}>
              <td>
                <button type="button" className="link-button" onClick={() => onOpen(b.id)}>
                  {b.number}
                </button>
                <div className="muted breach-row-description">{b.description}</div>
              </td>
              <td>{showZoned(b.detectedAt, b.timeZone)}</td>
              <td>
                <BreachStatusBadge status={b.status} />
              </td>
              <td>
                <BandBadge band={b.band} />
              </td>
              <td>
                {b.nearestClock ? (
                  <div className="clock-cell">
                    <span>{lang === 'ru' ? b.nearestClock.titleRu : b.nearestClock.titleEn}</span>
                    <ClockBadge clock={b.nearestClock} now={now} />
                  </div>
                ) : b.anyMissed ? (
                  <span className="clock-badge clock-danger">{t('breaches.clocks.someMissed')}</span>
                ) : (
                  <span className="muted">{t('breaches.clocks.none')}</span>
                )}
              </td>
              <td>{b.organisationName}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
