import { useTranslation } from 'react-i18next';
import type { SubjectCard } from '../../../../shared/domain/ledger';
import { asLang, showNumber, showText } from '../../i18n/format';
import { presetName, showOrderDate } from '../imports/importText';
import { orderWhy } from './orderWhy';

/** The subject's orders, newest first (the card carries at most the latest 500). */
export function SubjectOrders({ card }: { card: SubjectCard }) {
  const { t, i18n } = useTranslation();
  const lang = asLang(i18n.language);
  if (card.orders.length === 0) return <p className="muted">{t('ledger.card.noOrders')}</p>;
  return (
    <>
      {card.orders.length < card.ordersTotal && (
        <p className="notice notice-info">
          {t('ledger.card.ordersTruncated', {
            shown: showNumber(card.orders.length, lang),
            total: showNumber(card.ordersTotal, lang),
          })}
        </p>
      )}
      <div className="table-wrap">
        <table className="data-table is-static orders-table" aria-label={t('ledger.card.ordersLabel')}>
          <thead>
            <tr>
              <th scope="col">{t('ledger.card.columns.order')}</th>
              <th scope="col">{t('identity.columns.role')}</th>
              <th scope="col">{t('ledger.card.columns.source')}</th>
              <th scope="col">{t('ledger.card.columns.orderedAt')}</th>
              <th scope="col">{t('ledger.card.columns.delivery')}</th>
              <th scope="col">{t('ledger.card.columns.payment')}</th>
              <th scope="col">{t('ledger.card.columns.consignee')}</th>
              <th scope="col">{t('ledger.card.columns.address')}</th>
              <th scope="col">{t('identity.columns.why')}</th>
            </tr>
          </thead>
          <tbody>
            {card.orders.map((o) => (
              <tr key={`${o.id}:${o.role}`}>
                <td className="mono nowrap">{o.externalId}</td>
                <td>{t(`identity.role.${o.role}`)}</td>
                <td>{presetName(t, o.source)}</td>
                <td className="nowrap">{showOrderDate(o.orderedAt)}</td>
                <td>{showText(o.deliveryMethod)}</td>
                <td>{showText(o.paymentMethod)}</td>
                <td>{showText(o.consigneeName)}</td>
                <td className="address multiline">{showText(o.address)}</td>
                <td className="why">
                  {orderWhy(t, o)}
                  <div className="muted small">
                    {t('identity.why.source', { file: o.fileName, line: o.line })}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
