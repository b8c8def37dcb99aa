import { useTranslation } from 'react-i18next';
import type { CorrespondenceItem } from '../../../../../shared/domain/correspondence';
import { Detail, Section } from '../../../components/Layout';
import { asLang, showDate, showInstant, showText } from '../../../i18n/format';
import { showAmount } from '../form/amount';

export function ContentSection({ item }: { item: CorrespondenceItem }) {
  const { t, i18n } = useTranslation();
  const lang = asLang(i18n.language);
  const senderRef =
    item.senderRefNumber || item.senderRefDate
      ? [
          item.senderRefNumber && t('common.numberRef', { number: item.senderRefNumber }),
          item.senderRefDate && t('correspondence.item.dated', { date: showDate(item.senderRefDate) }),
        ]
          .filter(Boolean)
          .join(' ')
      : showText('');
  return (
    <Section title={t('correspondence.item.sections.content')}>
      <dl className="details">
        <Detail label={t('correspondence.fields.kind')} wide>
          {t(`correspondence.kind.${item.kind}`)}
        </Detail>
        <Detail label={t('correspondence.fields.number')}>
          <span className="mono">{item.number}</span>
        </Detail>
        <Detail label={t('correspondence.fields.receivedDate')}>{showDate(item.receivedDate)}</Detail>
        <Detail label={t('correspondence.fields.receivedVia')}>
          {t(`correspondence.receivedVia.${item.receivedVia}`)}
        </Detail>
        <Detail label={t('correspondence.fields.senderRef')}>{senderRef}</Detail>
        <Detail label={t('correspondence.fields.orderNumbers')} wide>
          {item.orders.length === 0 ? (
            showText('')
          ) : (
            <ul className="plain-list">
              {item.orders.map((o) => (
                <li key={o.number}>
                  <span className="mono">{o.number}</span>{' '}
                  {o.orderId ? (
                    <span className="muted small">
                      {t('correspondence.item.orderFound', {
                        date: o.orderedAt ? showDate(o.orderedAt) : '—',
                        source: o.source ?? '',
                      })}
                    </span>
                  ) : (
                    <span className="muted small">{t('correspondence.item.orderNotFound')}</span>
                  )}
                </li>
              ))}
            </ul>
          )}
        </Detail>
        <Detail label={t('correspondence.fields.demands')} wide>
          <span className="pre-line">{showText(item.demands)}</span>
        </Detail>
        <Detail label={t('correspondence.fields.amount')} wide>
          {item.amountMinor === null ? (
            showText('')
          ) : (
            <>
              {showAmount(item.amountMinor, item.currency, lang)}
              {item.amountInWords && <div className="muted small">{item.amountInWords}</div>}
            </>
          )}
        </Detail>
        <Detail label={t('correspondence.fields.responsible')}>{showText(item.responsible)}</Detail>
        <Detail label={t('common.createdAt')}>{showInstant(item.createdAt)}</Detail>
        <Detail label={t('correspondence.fields.notes')} wide>
          <span className="pre-line">{showText(item.notes)}</span>
        </Detail>
      </dl>
    </Section>
  );
}
