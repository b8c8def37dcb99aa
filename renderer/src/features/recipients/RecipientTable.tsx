import { useTranslation } from 'react-i18next';
import type { Recipient } from '../../../../shared/domain/recipient';
import { Badge } from '../../components/Layout';
import { SortableHeader } from '../../components/SortableHeader';
import { TruncatedText } from '../../components/TruncatedText';
import type { RowSelectionState } from '../../components/list/useRowSelection';
import { asLang, showCountry, showDate, showInstant, showText } from '../../i18n/format';
import { ProblemBadges } from './ProblemBadges';
import type { RegisterSort } from './registerView';

interface RecipientTableProps {
  items: readonly Recipient[];
  sort: RegisterSort;
  direction: 'asc' | 'desc';
  onSort: (column: RegisterSort) => void;
  onOpen: (id: number) => void;
  busy: boolean;
  /** Row selection for bulk actions (the active register only). */
  selection?: RowSelectionState;
}

const statusTone = { active: 'success', suspended: 'warning', ended: 'neutral' } as const;

/** One page of the register. Type and role share a column so the table fits a 1366 px screen. */
export function RecipientTable({
  items,
  sort,
  direction,
  onSort,
  onOpen,
  busy,
  selection,
}: RecipientTableProps) {
  const { t, i18n } = useTranslation();
  const lang = asLang(i18n.language);
  const header = (column: RegisterSort, label: string, className: string) => (
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

  const contract = (r: Recipient) => {
    if (!r.contractNumber) return r.contractFile ? t('register.contractFileOnly') : showText('');
    return (
      <>
        {t('register.contractNumber', { number: r.contractNumber })}
        {r.contractDate && (
          <div className="muted nowrap">{t('register.contractDate', { date: showDate(r.contractDate) })}</div>
        )}
      </>
    );
  };

  return (
    <div className={busy ? 'table-wrap is-busy' : 'table-wrap'}>
      <table className="data-table register-table" aria-label={t('register.tableLabel')} aria-busy={busy}>
        <thead>
          <tr>
            {selection && (
              <th scope="col" className="col-select">
                <input
                  type="checkbox"
                  aria-label={t('desktop.register.selectPage')}
                  checked={items.length > 0 && items.every((r) => selection.selected.has(r.id))}
                  onChange={() => selection.onTogglePage(items.map((r) => r.id))}
                />
              </th>
            )}
            {header('legalName', t('register.columns.legalName'), 'col-name')}
            {header('type', t('register.columns.typeRole'), 'col-type')}
            {plain(t('register.columns.registrationNumber'), 'col-reg')}
            {header('country', t('register.columns.country'), 'col-country')}
            {plain(t('register.columns.contract'), 'col-contract')}
            {header('reviewDate', t('register.columns.reviewDate'), 'col-date')}
            {plain(t('register.columns.status'), 'col-status')}
            {plain(t('register.columns.problems'), 'col-problems')}
            {header('updatedAt', t('register.columns.updatedAt'), 'col-date')}
          </tr>
        </thead>
        <tbody>
          {items.map((r) => (
            <tr
              key={r.id}
              className={
                r.archivedAt ? 'is-archived' : selection?.selected.has(r.id) ? 'is-selected' : undefined
              }
              onClick={() => onOpen(r.id)}
            >
              {selection && (
                <td className="col-select" onClick={(e) => e.stopPropagation()}>
                  <input
                    type="checkbox"
                    aria-label={t('desktop.register.select', { name: r.legalName })}
                    checked={selection.selected.has(r.id)}
                    onChange={() => selection.onToggle(r.id)}
                  />
                </td>
              )}
              <td>
                <button
                  type="button"
                  className="link-button row-link"
                  onClick={(e) => {
                    e.stopPropagation();
                    onOpen(r.id);
                  }}
                >
                  {r.legalName}
                </button>
              </td>
              <td>
                {t(`labels.recipientType.${r.type}`)}
                <div className="muted small">{t(`labels.recipientRole.${r.role}`)}</div>
              </td>
              <td className="mono">{showText(r.registrationNumber)}</td>
              <td>
                {showCountry(r.country, lang)}
                {r.crossBorder && (
                  <div>
                    <Badge tone="info">{t('register.crossBorderBadge')}</Badge>
                  </div>
                )}
              </td>
              <td>{contract(r)}</td>
              <td className="nowrap">{showDate(r.reviewDate)}</td>
              <td>
                {r.archivedAt ? (
                  <>
                    <Badge tone="neutral">{t('desktop.register.archivedBadge')}</Badge>
                    {r.archiveReason && (
                      <div className="muted small">
                        <TruncatedText text={r.archiveReason} maxWidth="22ch" />
                      </div>
                    )}
                  </>
                ) : (
                  <Badge tone={statusTone[r.status]}>{t(`labels.recipientStatus.${r.status}`)}</Badge>
                )}
              </td>
              <td>
                <ProblemBadges problems={r.problems} findings={r.policyFindings} />
              </td>
              <td className="nowrap">{showInstant(r.updatedAt).slice(0, 10)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
