import { useTranslation } from 'react-i18next';
import type { SubjectCard } from '../../../../shared/domain/ledger';
import { RecipientType } from '../../../../shared/domain/recipient';
import { asLang, showCountry, showDate, showNumber } from '../../i18n/format';
import { useNavigate } from '../../shell/routes';
import { showOrderDate } from '../imports/importText';

type CardRecipient = SubjectCard['recipients'][number];

/** «Кому передавались данные»: each recipient with the period and every transfer (order, date, basis). */
export function SubjectRecipients({ recipients }: { recipients: readonly CardRecipient[] }) {
  const { t } = useTranslation();
  if (recipients.length === 0) return <p className="muted">{t('ledger.card.noTransfers')}</p>;
  return (
    <ul className="transfer-list">
      {recipients.map((r) => (
        <RecipientTransfers key={r.recipientId} recipient={r} />
      ))}
    </ul>
  );
}

function RecipientTransfers({ recipient: r }: { recipient: CardRecipient }) {
  const { t, i18n } = useTranslation();
  const lang = asLang(i18n.language);
  const navigate = useNavigate();
  const type = RecipientType.safeParse(r.type);
  const period =
    r.firstTransferOn && r.lastTransferOn
      ? r.firstTransferOn === r.lastTransferOn
        ? showDate(r.firstTransferOn)
        : t('ledger.card.period', { from: showDate(r.firstTransferOn), to: showDate(r.lastTransferOn) })
      : t('ledger.card.periodUnknown');
  return (
    <li className="transfer-recipient">
      <div className="transfer-head">
        <div className="transfer-who">
          <button
            type="button"
            className="link-button row-link transfer-name"
            onClick={() => navigate({ page: 'recipient', id: r.recipientId })}
          >
            {r.legalName}
          </button>
          <span className="muted">
            {type.success ? t(`labels.recipientType.${type.data}`) : r.type}
            {' · '}
            {showCountry(r.country, lang)}
          </span>
        </div>
        <div className="transfer-period">
          <span className="transfer-period-dates">{period}</span>
          <span className="muted small">
            {t('ledger.card.transfers', { n: showNumber(r.transfers.length, lang) })}
          </span>
        </div>
      </div>
      <table className="compact-table" aria-label={t('ledger.card.transfersLabel', { name: r.legalName })}>
        <thead>
          <tr>
            <th scope="col">{t('ledger.card.columns.order')}</th>
            <th scope="col">{t('ledger.card.columns.orderedAt')}</th>
            <th scope="col">{t('ledger.card.columns.transferredOn')}</th>
            <th scope="col">{t('ledger.card.columns.basis')}</th>
          </tr>
        </thead>
        <tbody>
          {r.transfers.map((tr) => (
            <tr key={`${tr.orderExternalId}:${tr.basis}`}>
              <td className="mono">{tr.orderExternalId}</td>
              <td>{showOrderDate(tr.orderedAt)}</td>
              <td>{showDate(tr.transferredOn)}</td>
              <td>{t(`ledger.card.basis.${tr.basis}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </li>
  );
}
