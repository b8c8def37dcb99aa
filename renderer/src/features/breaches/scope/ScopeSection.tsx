import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BreachIncident } from '../../../../../shared/domain/breach';
import { Detail, Section } from '../../../components/Layout';
import { asLang, showDate, showInstant, showNumber } from '../../../i18n/format';
import { ScopeFinder } from './ScopeFinder';
import { ScopeSubjectsTable } from './ScopeSubjectsTable';

interface ScopeSectionProps {
  incident: BreachIncident;
  onChanged: (incident: BreachIncident) => void;
}

/** Who is affected: the saved scope from the ledger, and the finder that replaces it. */
export function ScopeSection({ incident, onChanged }: ScopeSectionProps) {
  const { t, i18n } = useTranslation();
  const lang = asLang(i18n.language);
  const [finding, setFinding] = useState(false);
  const scope = incident.scope;
  const closed = incident.status === 'closed';
  return (
    <Section
      title={t('breaches.scope.title')}
      actions={
        !finding && (
          <button type="button" className="btn" disabled={closed} onClick={() => setFinding(true)}>
            {scope ? t('breaches.scope.change') : t('breaches.scope.find')}
          </button>
        )
      }
    >
      {scope ? (
        <>
          <dl className="details">
            <Detail label={t('breaches.scope.subjects')}>{showNumber(scope.subjects, lang)}</Detail>
            <Detail label={t('breaches.scope.recipient')}>{scope.recipientName ?? '—'}</Detail>
            <Detail label={t('breaches.scope.period')}>
              {scope.from || scope.to ? `${showDate(scope.from)} — ${showDate(scope.to)}` : '—'}
            </Detail>
            <Detail label={t('breaches.scope.import')}>{scope.importFileName ?? '—'}</Detail>
            <Detail label={t('breaches.scope.savedAt')}>{showInstant(scope.savedAt)}</Detail>
          </dl>
          {scope.outdatedAt && (
            <p className="notice" role="status">
              {t('breaches.scope.outdated', { at: showInstant(scope.outdatedAt) })}
            </p>
          )}
          {!finding && (
            <ScopeSubjectsTable
              query={{ criteria: null, incidentId: incident.id }}
              label={t('breaches.scope.savedTable')}
            />
          )}
        </>
      ) : (
        !finding && <p className="muted">{t('breaches.scope.none')}</p>
      )}
      {finding && (
        <ScopeFinder
          incident={incident}
          onCancel={() => setFinding(false)}
          onSaved={(next) => {
            setFinding(false);
            onChanged(next);
          }}
        />
      )}
    </Section>
  );
}
