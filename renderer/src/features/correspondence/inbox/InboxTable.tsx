import { useTranslation } from 'react-i18next';
import type { CorrespondenceSummary } from '../../../../../shared/domain/correspondenceQuery';
import { SortableHeader } from '../../../components/SortableHeader';
import { TruncatedText } from '../../../components/TruncatedText';
import { showDate, showText } from '../../../i18n/format';
import { CountdownBadge } from '../CountdownBadge';
import { BlockedBadge, StatusBadge } from '../StatusBadge';
import { senderContact } from '../senderText';
import type { InboxSort } from './inboxView';

interface InboxTableProps {
  items: readonly CorrespondenceSummary[];
  sort: InboxSort;
  direction: 'asc' | 'desc';
  onSort: (column: InboxSort) => void;
  onOpen: (id: number) => void;
  showOrganisation: boolean;
  busy: boolean;
}

/** One page of the incoming register. */
export function InboxTable(props: InboxTableProps) {
  const { items, sort, direction, onSort, onOpen, showOrganisation, busy } = props;
  const { t } = useTranslation();
  const header = (column: InboxSort, label: string, className: string) => (
    <SortableHeader
      column={column}
      label={label}
      sort={sort}
      direction={direction}
      onSort={onSort}
      className={className}
    />
  );
  const plain = (label: string, className: string) => (
    <th scope="col" className={className}>
      {label}
    </th>
  );

  return (
    <div className={busy ? 'table-wrap is-busy' : 'table-wrap'}>
      <table
        className="data-table inbox-table"
        aria-label={t('correspondence.inbox.tableLabel')}
        aria-busy={busy}
      >
        <thead>
          <tr>
            {header('number', t('correspondence.inbox.columns.number'), 'col-number')}
            {header('receivedDate', t('correspondence.inbox.columns.received'), 'col-date')}
            {plain(t('correspondence.inbox.columns.kind'), 'col-kind')}
            {plain(t('correspondence.inbox.columns.sender'), 'col-sender')}
            {header('dueDate', t('correspondence.inbox.columns.due'), 'col-due')}
            {plain(t('correspondence.inbox.columns.status'), 'col-status')}
            {plain(t('correspondence.inbox.columns.lastAnswer'), 'col-answer')}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id} onClick={() => onOpen(item.id)}>
              <td>
                <button
                  type="button"
                  className="link-button row-link nowrap"
                  onClick={(e) => {
                    e.stopPropagation();
                    onOpen(item.id);
                  }}
                >
                  {item.number}
                </button>
                {showOrganisation && <div className="muted small">{item.organisationName}</div>}
              </td>
              <td className="nowrap">{showDate(item.receivedDate)}</td>
              <td>{t(`correspondence.kindShort.${item.kind}`)}</td>
              <td>
                <div>
                  <TruncatedText text={showText(item.sender.name)} maxWidth="30ch" />
                </div>
                {senderContact(item.sender) && (
                  <div className="muted small">
                    <TruncatedText text={senderContact(item.sender)} maxWidth="30ch" />
                  </div>
                )}
                {item.blocked && (
                  <div>
                    <BlockedBadge />
                  </div>
                )}
              </td>
              <td>
                <div className="nowrap due-date">{showDate(item.dueDate)}</div>
                <CountdownBadge countdown={item.countdown} />
              </td>
              <td>
                <StatusBadge status={item.status} />
              </td>
              <td className="small">
                {item.lastAnswer ? (
                  <>
                    <div className="nowrap">{item.lastAnswer.number}</div>
                    <div className="muted nowrap">
                      {t('correspondence.inbox.answerDate', { date: showDate(item.lastAnswer.date) })}
                    </div>
                  </>
                ) : (
                  <span className="muted">{t('correspondence.inbox.noAnswer')}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
