import { Check, X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Jurisdiction } from '../../../../shared/domain/common';
import type { Recipient } from '../../../../shared/domain/recipient';
import {
  INSTRUCTION_REQUISITES,
  needsInstruction,
} from '../../../../shared/recipients/instructionRequisites';
import { Detail, Section } from '../../components/Layout';
import { asLang, showCountry, showDate, showInstant, showText } from '../../i18n/format';
import { ContractFileBlock } from './ContractFileBlock';
import { regNumberLabelKey } from './recipientFormValues';

interface SectionProps {
  recipient: Recipient;
}

export function PartySection({ recipient: r }: SectionProps) {
  const { t, i18n } = useTranslation();
  const lang = asLang(i18n.language);
  return (
    <Section title={t('recipients.sections.party')}>
      <dl className="details">
        <Detail label={t('recipients.fields.type')}>{t(`labels.recipientType.${r.type}`)}</Detail>
        <Detail label={t('recipients.fields.country')}>{showCountry(r.country, lang)}</Detail>
        <Detail label={t('recipients.fields.legalName')} wide>
          {r.legalName}
        </Detail>
        <Detail label={t(regNumberLabelKey(r.country))}>
          <span className="mono">{showText(r.registrationNumber)}</span>
        </Detail>
        <Detail label={t('recipients.fields.contactPerson')}>{showText(r.contactPerson)}</Detail>
        <Detail label={t('recipients.fields.address')} wide>
          {showText(r.address)}
        </Detail>
        <Detail label={t('recipients.fields.phone')}>{showText(r.phone)}</Detail>
        <Detail label={t('recipients.fields.email')}>{showText(r.email)}</Detail>
      </dl>
    </Section>
  );
}

export function ProcessingSection({ recipient: r }: SectionProps) {
  const { t } = useTranslation();
  const list = (values: string[]) => (values.length > 0 ? values.join(', ') : showText(''));
  return (
    <Section title={t('recipients.sections.processing')}>
      <dl className="details">
        <Detail label={t('recipients.fields.role')}>{t(`labels.recipientRole.${r.role}`)}</Detail>
        <Detail label={t('recipients.fields.legalBasis')}>{t(`labels.legalBasis.${r.legalBasis}`)}</Detail>
        <Detail label={t('recipients.fields.purposes')} wide>
          <span className="pre-line">{r.purposes}</span>
        </Detail>
        <Detail label={t('recipients.fields.dataCategories')} wide>
          {list(r.dataCategories.map((c) => t(`labels.dataCategory.${c}`)))}
        </Detail>
        <Detail label={t('recipients.fields.subjectCategories')} wide>
          {list(r.subjectCategories.map((c) => t(`labels.subjectCategory.${c}`)))}
        </Detail>
        <Detail label={t('recipients.fields.operations')} wide>
          {list(r.operations.map((o) => t(`labels.operation.${o}`)))}
        </Detail>
        <Detail label={t('recipients.fields.retention')} wide>
          <span className="pre-line">{showText(r.retention)}</span>
        </Detail>
      </dl>
    </Section>
  );
}

export function ContractSection({
  recipient: r,
  jurisdiction,
  onChanged,
}: SectionProps & { jurisdiction: Jurisdiction; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = asLang(i18n.language);
  return (
    <Section title={t('recipients.sections.contract')}>
      <dl className="details">
        <Detail label={t('recipients.fields.contractNumber')}>{showText(r.contractNumber)}</Detail>
        <Detail label={t('recipients.fields.contractDate')}>{showDate(r.contractDate)}</Detail>
        <Detail label={t('recipients.fields.contractEndDate')}>{showDate(r.contractEndDate)}</Detail>
      </dl>
      {needsInstruction(r.role) ? (
        <>
          <h3 className="subheading">{t(`recipients.instructionTitle.${jurisdiction}`)}</h3>
          <ul className="checklist">
            {INSTRUCTION_REQUISITES[jurisdiction].map(({ key, citationRu, citationEn }) => (
              <li key={key} className={r.instruction[key] ? 'is-on' : 'is-off'}>
                <span className="checklist-mark" aria-hidden="true">
                  {r.instruction[key] ? <Check size={14} /> : <X size={14} />}
                </span>
                {t(`labels.instructionRequisite.${key}`)}{' '}
                <span className="muted">({lang === 'ru' ? citationRu : citationEn})</span>
                {!r.instruction[key] && (
                  <span className="visually-hidden"> — {t('recipients.instructionMissing')}</span>
                )}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="muted">{t('recipients.instructionNotNeeded')}</p>
      )}
      <ContractFileBlock recipient={r} onChanged={onChanged} />
    </Section>
  );
}

export function CrossBorderSection({
  recipient: r,
  jurisdiction,
}: SectionProps & { jurisdiction: Jurisdiction }) {
  const { t } = useTranslation();
  return (
    <Section title={t('recipients.sections.crossBorder')}>
      <p className={r.crossBorder ? 'derived-flag derived-flag-on' : 'derived-flag'}>
        {r.crossBorder ? t('recipients.crossBorderYes') : t('recipients.crossBorderNo')}
      </p>
      {r.crossBorder && (
        <dl className="details">
          <Detail label={t('recipients.fields.adequacy')}>{t(`labels.adequacy.${r.adequacy}`)}</Detail>
          <Detail label={t('recipients.fields.infoObtainedDate')}>{showDate(r.infoObtainedDate)}</Detail>
          {jurisdiction === 'KG' ? (
            <>
              <Detail label={t('recipients.fields.subjectNoticeMethod')}>
                {showText(r.subjectNoticeMethod)}
              </Detail>
              <Detail label={t('recipients.fields.subjectNoticeDate')}>
                {showDate(r.subjectNoticeDate)}
              </Detail>
            </>
          ) : (
            <Detail label={t(`recipients.transferNotice.${jurisdiction}`)} wide>
              {r.transferNoticeDate || r.transferNoticeNumber
                ? [
                    showDate(r.transferNoticeDate),
                    r.transferNoticeNumber && t('common.numberRef', { number: r.transferNoticeNumber }),
                  ]
                    .filter(Boolean)
                    .join(', ')
                : showText('')}
            </Detail>
          )}
          <Detail label={t('recipients.fields.transferStatus')}>
            {t(`labels.transferStatus.${r.transferStatus}`)}
          </Detail>
        </dl>
      )}
    </Section>
  );
}

export function ReviewSection({ recipient: r }: SectionProps) {
  const { t } = useTranslation();
  return (
    <Section title={t('recipients.sections.review')}>
      <dl className="details">
        <Detail label={t('recipients.fields.reviewDate')}>{showDate(r.reviewDate)}</Detail>
        <Detail label={t('recipients.fields.status')}>{t(`labels.recipientStatus.${r.status}`)}</Detail>
        <Detail label={t('recipients.fields.notes')} wide>
          <span className="pre-line">{showText(r.notes)}</span>
        </Detail>
        <Detail label={t('common.createdAt')}>{showInstant(r.createdAt)}</Detail>
        <Detail label={t('common.updatedAt')}>{showInstant(r.updatedAt)}</Detail>
        {r.archivedAt && <Detail label={t('common.archivedAt')}>{showInstant(r.archivedAt)}</Detail>}
      </dl>
    </Section>
  );
}
