import { useTranslation } from 'react-i18next';
import type { SubjectListItem } from '../../../../shared/domain/ledger';
import { TruncatedText } from '../../components/TruncatedText';
import { asLang, showDate, showNumber } from '../../i18n/format';
import { showPhone } from './subjectFormat';
import { BlockedBadge } from '../correspondence/StatusBadge';

interface SubjectTableProps {
  items: readonly SubjectListItem[];
  onOpen: (id: number) => void;
  busy: boolean;
}

const MAX_SHOWN = 3;

/** Shows the first few values; the rest are counted («+2»). */
function ValueList({
  values,
  format = (v: string) => v,
  truncate = false,
}: {
  values: readonly string[];
  format?: (v: string) => string;
  /** Long values (e-mail addresses) are cut to one line, in full on hover and focus. */
  truncate?: boolean;
}) {
  if (values.length === 0) return <span className="muted">—</span>;
  const rest = values.length - MAX_SHOWN;
  return (
    <ul className="plain-list">
      {values.slice(0, MAX_SHOWN).map((v) => (
        <li key={v}>{truncate ? <TruncatedText text={format(v)} maxWidth="30ch" /> : format(v)}</li>
      ))}
      {rest > 0 && <li className="muted small">+{rest}</li>}
    </ul>
  );
}

/** One page of the subjects ledger. */
export function SubjectTable({ items, onOpen, busy }: SubjectTableProps) {
  const { t, i18n } = useTranslation();
  const lang = asLang(i18n.language);
  return (
    <div className={busy ? 'table-wrap is-busy' : 'table-wrap'}>
      <table
        className="data-table subjects-table"
        aria-label={t('ledger.subjects.tableLabel')}
        aria-busy={busy}
      >
        <thead>
          <tr>
            <th scope="col" className="col-name">
              {t('ledger.subjects.columns.name')}
            </th>
            <th scope="col">{t('ledger.subjects.columns.phones')}</th>
            <th scope="col">{t('ledger.subjects.columns.emails')}</th>
            <th scope="col" className="num col-orders">
              {t('ledger.subjects.columns.orders')}
            </th>
            <th scope="col" className="col-date">
              {t('ledger.subjects.columns.lastOrder')}
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((s) => (
            <tr key={s.id} onClick={() => onOpen(s.id)}>
              <td>
                <button
                  type="button"
                  className="link-button row-link"
                  onClick={(e) => {
                    e.stopPropagation();
                    onOpen(s.id);
                  }}
                >
                  {s.fullName || t('ledger.subjects.noName')}
                </button>
                {s.blocked ? (
                  <>
                    {' '}
                    <BlockedBadge />
                  </>
                ) : null}
                {(s.manual || (s.roles.includes('consignee') && !s.roles.includes('buyer'))) && (
                  <div className="muted small">
                    {s.manual ? t('subjectEdits.add.manualBadge') : t('identity.role.consignee')}
                  </div>
                )}
              </td>
              <td className="nowrap">
                <ValueList values={s.phones} format={showPhone} />
              </td>
              <td>
                <ValueList values={s.emails} truncate />
              </td>
              <td className="num">{showNumber(s.orders, lang)}</td>
              <td className="nowrap">{showDate(s.lastOrderAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
