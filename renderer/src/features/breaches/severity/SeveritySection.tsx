import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BreachIncident } from '../../../../../shared/domain/breach';
import { Detail, Section } from '../../../components/Layout';
import { asLang, showInstant } from '../../../i18n/format';
import { BandBadge } from './BandBadge';
import { DecisionDialog } from './DecisionDialog';
import { SeverityDialog } from './SeverityDialog';

interface SeveritySectionProps {
  incident: BreachIncident;
  onChanged: (incident: BreachIncident) => void;
}

/** ENISA 2013 severity: the arithmetic as the backend computed it, then the user's decision. */
export function SeveritySection({ incident, onChanged }: SeveritySectionProps) {
  const { t, i18n } = useTranslation();
  const lang = asLang(i18n.language);
  const [dialog, setDialog] = useState<'severity' | 'decision' | null>(null);
  const severity = incident.severity;
  const decision = incident.decision;
  const closed = incident.status === 'closed';
  const done = (next: BreachIncident) => {
    setDialog(null);
    onChanged(next);
  };
  return (
    <Section
      title={t('breaches.severity.title')}
      actions={
        <>
          <button type="button" className="btn" disabled={closed} onClick={() => setDialog('severity')}>
            {severity ? t('breaches.severity.reassess') : t('breaches.severity.assess')}
          </button>
          <button type="button" className="btn" disabled={closed} onClick={() => setDialog('decision')}>
            {t('breaches.decision.record')}
          </button>
        </>
      }
    >
      {severity ? (
        <div className="severity-result">
          <p className="severity-arithmetic">
            <BandBadge band={severity.result.band} />{' '}
            <span>{lang === 'ru' ? severity.result.arithmeticRu : severity.result.arithmeticEn}</span>
          </p>
          {lang === 'ru' && (
            <ul className="severity-explanation">
              {severity.result.explanationRu.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
          {severity.assessment.comment && <p className="pre-line">{severity.assessment.comment}</p>}
          <p className="muted">
            {t('breaches.severity.assessedBy', {
              at: showInstant(severity.assessedAt),
              by: severity.assessedBy || '—',
            })}
          </p>
        </div>
      ) : (
        <p className="muted">{t('breaches.severity.notAssessedText')}</p>
      )}
      <dl className="details decision">
        <Detail label={t('breaches.decision.title')} wide>
          {decision ? (
            <>
              <strong>
                {decision.notify ? t('breaches.decision.notify') : t('breaches.decision.dontNotify')}
              </strong>
              {` — ${decision.reason}`}
              <span className="muted">
                {' '}
                (
                {t('breaches.severity.assessedBy', {
                  at: showInstant(decision.decidedAt),
                  by: decision.decidedBy || '—',
                })}
                )
              </span>
            </>
          ) : (
            <span className="muted">{t('breaches.decision.none')}</span>
          )}
        </Detail>
      </dl>
      <p className="form-note">{t('breaches.decision.note')}</p>
      {dialog === 'severity' && (
        <SeverityDialog incident={incident} onClose={() => setDialog(null)} onSaved={done} />
      )}
      {dialog === 'decision' && (
        <DecisionDialog incident={incident} onClose={() => setDialog(null)} onSaved={done} />
      )}
    </Section>
  );
}
