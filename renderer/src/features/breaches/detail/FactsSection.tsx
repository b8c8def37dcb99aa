import { useTranslation } from 'react-i18next';
import type { BreachIncident } from '../../../../../shared/domain/breach';
import { Detail, Section } from '../../../components/Layout';
import { asLang, showNumber, showText } from '../../../i18n/format';
import { zoneDisplay } from '../../../../../shared/format/timeZoneLabel';
import { showZoned } from '../zonedTime';

const joined = (items: readonly string[]): string => (items.length > 0 ? items.join(', ') : '—');

/** Every recorded fact of the incident, as the notices quote them. */
export function FactsSection({ incident: b }: { incident: BreachIncident }) {
  const { t, i18n } = useTranslation();
  const lang = asLang(i18n.language);
  const count = (n: number | null) => (n === null ? '—' : showNumber(n, lang));
  const zone = zoneDisplay(b.timeZone, lang, b.detectedAt);
  return (
    <Section title={t('breaches.detail.facts')}>
      <dl className="details">
        <Detail label={t('breaches.fields.detectedAt')}>
          {showZoned(b.detectedAt, b.timeZone)} <span className="muted">({zone})</span>
        </Detail>
        <Detail label={t('breaches.fields.becameAwareAt')}>
          {showZoned(b.becameAwareAt, b.timeZone)} <span className="muted">({zone})</span>
        </Detail>
        <Detail label={t('breaches.fields.detectedBy')}>{showText(b.detectedBy)}</Detail>
        <Detail label={t('breaches.fields.description')} wide>
          <span className="pre-line">{showText(b.description)}</span>
        </Detail>
        <Detail label={t('breaches.fields.dataCategories')} wide>
          {joined(b.dataCategories.map((c) => t(`labels.dataCategory.${c}`)))}
        </Detail>
        <Detail label={t('breaches.fields.subjectCategories')} wide>
          {joined(b.subjectCategories.map((c) => t(`labels.subjectCategory.${c}`)))}
        </Detail>
        <Detail label={t('breaches.fields.approxSubjects')}>{count(b.approxSubjects)}</Detail>
        <Detail label={t('breaches.fields.approxRecords')}>{count(b.approxRecords)}</Detail>
        <Detail label={t('breaches.fields.recipients')} wide>
          {joined(b.recipients.map((r) => r.name))}
        </Detail>
        <Detail label={t('breaches.fields.systems')} wide>
          {joined(b.systems)}
        </Detail>
        {(
          [
            'presumedCauses',
            'likelyConsequences',
            'measuresTaken',
            'investigationResults',
            'personsResponsible',
          ] as const
        ).map((field) => (
          <Detail key={field} label={t(`breaches.fields.${field}`)} wide>
            <span className="pre-line">{showText(b[field])}</span>
          </Detail>
        ))}
        <Detail label={t('breaches.fields.contact')} wide>
          {showText(
            [b.contactName, b.contactPosition, b.contactPhone, b.contactEmail].filter(Boolean).join(', '),
          )}
        </Detail>
        {b.notes && (
          <Detail label={t('breaches.fields.notes')} wide>
            <span className="pre-line">{b.notes}</span>
          </Detail>
        )}
      </dl>
    </Section>
  );
}
