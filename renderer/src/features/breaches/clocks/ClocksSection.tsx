import { useTranslation } from 'react-i18next';
import type { BreachIncident } from '../../../../../shared/domain/breach';
import { Badge, Section } from '../../../components/Layout';
import { asLang } from '../../../i18n/format';
import { showZoned } from '../zonedTime';
import { ClockBadge } from './ClockBadge';
import { useNow } from './useNow';

/** The notification clocks of the jurisdiction, counting down live (refreshed every 30 s). */
export function ClocksSection({ incident }: { incident: BreachIncident }) {
  const { t, i18n } = useTranslation();
  const lang = asLang(i18n.language);
  const now = useNow();
  return (
    <Section title={t('breaches.clocks.title')}>
      {incident.clocks.length === 0 ? (
        <p className="muted">{t('breaches.clocks.noneApply')}</p>
      ) : (
        <ul className="clock-list" aria-label={t('breaches.clocks.title')}>
          {incident.clocks.map((clock) => {
            const title = lang === 'ru' ? clock.titleRu : clock.titleEn;
            return (
              <li key={clock.ruleId} className="clock-item" aria-label={title}>
                <div className="clock-head">
                  <strong>{title}</strong>
                  <span className="muted">{lang === 'ru' ? clock.addresseeRu : clock.addresseeEn}</span>
                  {clock.verify && <Badge tone="warning">{t('breaches.clocks.verify')}</Badge>}
                </div>
                <ClockBadge clock={clock} now={now} large />
                <p className="clock-due">
                  {t('breaches.clocks.dueAt', { at: showZoned(clock.dueAt, incident.timeZone) })}
                  {clock.stoppedAt &&
                    ` · ${t('breaches.clocks.stoppedAt', { at: showZoned(clock.stoppedAt, incident.timeZone) })}`}
                </p>
                <p className="clock-explanation">
                  {lang === 'ru' ? clock.basis.explanationRu : clock.basis.explanationEn}
                  {clock.basis.citation && <span className="muted"> ({clock.basis.citation})</span>}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </Section>
  );
}
