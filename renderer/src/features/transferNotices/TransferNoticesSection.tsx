import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Recipient } from '../../../../shared/domain/recipient';
import type { TransferNoticeBatch } from '../../../../shared/domain/transferNotice';
import { DateField } from '../../components/dates/DateField';
import { Section } from '../../components/Layout';
import { useAction } from '../../hooks/useAction';
import { useQuery } from '../../hooks/useQuery';
import { asLang, showNumber } from '../../i18n/format';
import { fieldMessage } from '../../i18n/messages';
import { NoticeBatchTable } from './NoticeBatchTable';
import { PrintBatchPanel } from './PrintBatchPanel';
import '../policies/policies.css';

/**
 * KG notices to subjects about the transfer of their data to this recipient (Decree No. 759): count
 * the persons of a period from the ledger, fix them in a batch, print the notices, record them sent.
 */
export function TransferNoticesSection({ recipient }: { recipient: Recipient }) {
  const { t, i18n } = useTranslation();
  const lang = asLang(i18n.language);
  const { busy, run } = useAction();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [count, setCount] = useState<{ subjects: number; orders: number } | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [active, setActive] = useState<number | null>(null);
  const batches = useQuery(`notice-batches:${recipient.id}`, (api) =>
    api.notices.list({ recipientId: recipient.id }),
  );
  const criteria = { organisationId: recipient.organisationId, recipientId: recipient.id, from, to };

  const countPersons = async () => {
    setFieldError(null);
    const result = await run((api) => api.notices.count(criteria));
    if (result.ok) setCount(result.value);
    else setFieldError(result.error.fieldErrors?.to?.[0] ?? null);
  };
  const create = async () => {
    const result = await run((api) => api.notices.create(criteria));
    if (!result.ok) return;
    setCount(null);
    setActive(result.value.id);
  };
  const current: TransferNoticeBatch | undefined = batches.data?.find((b) => b.id === active);

  return (
    <Section title={t('transferNotices.title')}>
      <p className="muted">{t('transferNotices.intro')}</p>
      <div className="form-grid">
        <DateField
          label={t('transferNotices.from')}
          value={from}
          onChange={(value) => {
            setFrom(value);
            setCount(null);
          }}
        />
        <DateField
          label={t('transferNotices.to')}
          value={to}
          error={fieldError ?? undefined}
          onChange={(value) => {
            setTo(value);
            setCount(null);
          }}
        />
      </div>
      <div className="toolbar">
        <button type="button" className="btn" disabled={busy} onClick={() => void countPersons()}>
          {t('transferNotices.count')}
        </button>
        {count && count.subjects > 0 && (
          <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void create()}>
            {t('transferNotices.create')}
          </button>
        )}
      </div>
      {count && (
        <p role="status">
          {count.subjects === 0
            ? t('transferNotices.nobody')
            : t('transferNotices.counted', {
                subjects: showNumber(count.subjects, lang),
                orders: showNumber(count.orders, lang),
              })}
        </p>
      )}
      {current && <PrintBatchPanel batch={current} />}
      {batches.data && batches.data.length > 0 && (
        <NoticeBatchTable batches={batches.data} activeId={active} onOpen={setActive} />
      )}
      {batches.error && (
        <p className="field-error">{fieldMessage(t, batches.error.message, 'errors.internal')}</p>
      )}
    </Section>
  );
}
