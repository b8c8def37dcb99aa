import { useTranslation } from 'react-i18next';
import type { TransferNoticeBatch } from '../../../../shared/domain/transferNotice';
import { Badge } from '../../components/Layout';
import { showDate } from '../../i18n/format';

interface NoticeBatchTableProps {
  batches: readonly TransferNoticeBatch[];
  activeId: number | null;
  onOpen: (id: number) => void;
}

export function NoticeBatchTable({ batches, activeId, onOpen }: NoticeBatchTableProps) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="data-table is-static" aria-label={t('transferNotices.tableLabel')}>
        <thead>
          <tr>
            <th scope="col">{t('transferNotices.columns.batch')}</th>
            <th scope="col">{t('transferNotices.columns.period')}</th>
            <th scope="col">{t('transferNotices.columns.subjects')}</th>
            <th scope="col">{t('transferNotices.columns.status')}</th>
            <th scope="col">{t('transferNotices.columns.pdf')}</th>
          </tr>
        </thead>
        <tbody>
          {batches.map((b) => (
            <tr key={b.id} aria-current={b.id === activeId || undefined}>
              <td>
                <button type="button" className="link-button" onClick={() => onOpen(b.id)}>
                  {t('transferNotices.batchName', { id: String(b.id) })}
                </button>
              </td>
              <td>
                {showDate(b.from)} — {showDate(b.to)}
              </td>
              <td>{b.subjects}</td>
              <td>
                {b.status === 'sent' ? (
                  <Badge tone="success">
                    {t('transferNotices.sentOn', { date: showDate(b.sentDate), method: b.sentMethod })}
                  </Badge>
                ) : b.outdated ? (
                  <Badge tone="danger">{t('transferNotices.outdated')}</Badge>
                ) : (
                  <Badge tone="warning">{t('transferNotices.prepared')}</Badge>
                )}
              </td>
              <td>{b.pdfSha256 ? <code className="hash">{b.pdfSha256.slice(0, 12)}…</code> : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
