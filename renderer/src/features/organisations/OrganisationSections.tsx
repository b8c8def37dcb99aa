import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../../../shared/domain/organisation';
import { Detail, Section } from '../../components/Layout';
import { showDate, showInstant, showText } from '../../i18n/format';

export function OrganisationSections({ organisation: o }: { organisation: Organisation }) {
  const { t } = useTranslation();
  return (
    <div className="detail-grid">
      <Section title={t('organisations.sections.requisites')}>
        <dl className="details">
          <Detail label={t('organisations.fields.name')} wide>
            {o.name}
          </Detail>
          <Detail label={t('organisations.fields.legalForm')}>{showText(o.legalForm)}</Detail>
          <Detail label={t('organisations.fields.jurisdiction')}>
            {t(`labels.jurisdiction.${o.jurisdiction}`)}
          </Detail>
          <Detail label={t(`organisations.regNumberLabel.${o.jurisdiction}`)}>
            <span className="mono">{o.registrationNumber}</span>
          </Detail>
          <Detail label={t('common.createdAt')}>{showInstant(o.createdAt)}</Detail>
        </dl>
      </Section>
      <Section title={t('organisations.sections.contacts')}>
        <dl className="details">
          <Detail label={t('organisations.fields.legalAddress')} wide>
            {showText(o.legalAddress)}
          </Detail>
          <Detail label={t('organisations.fields.postalAddress')} wide>
            {showText(o.postalAddress)}
          </Detail>
          <Detail label={t('organisations.fields.phone')}>{showText(o.phone)}</Detail>
          <Detail label={t('organisations.fields.email')}>{showText(o.email)}</Detail>
          <Detail label={t('organisations.fields.responsibleName')}>{showText(o.responsibleName)}</Detail>
          <Detail label={t('organisations.fields.responsiblePosition')}>
            {showText(o.responsiblePosition)}
          </Detail>
        </dl>
      </Section>
      <Section title={t('organisations.sections.policy')}>
        <dl className="details">
          <Detail label={t('organisations.fields.policyTitle')} wide>
            {showText(o.policyTitle)}
          </Detail>
          <Detail label={t('organisations.fields.policyUrl')} wide>
            <span className="break">{showText(o.policyUrl)}</span>
          </Detail>
          <Detail label={t('organisations.fields.policyVersionDate')}>{showDate(o.policyVersionDate)}</Detail>
          <Detail label={t('organisations.fields.policyClaimClause')}>{showText(o.policyClaimClause)}</Detail>
        </dl>
      </Section>
      <Section title={t('organisations.sections.disputes')}>
        <dl className="details">
          <Detail label={t('organisations.fields.applicableLaw')} wide>
            <span className="pre-line">{showText(o.applicableLaw)}</span>
          </Detail>
          <Detail label={t('organisations.fields.courtClause')} wide>
            <span className="pre-line">{showText(o.courtClause)}</span>
          </Detail>
        </dl>
      </Section>
    </div>
  );
}
