import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import { Badge } from '../../components/Layout';
import { ListPageBody } from '../../components/list/ListPage';
import { useQuery } from '../../hooks/useQuery';
import { asLang, showNumber } from '../../i18n/format';
import { messageText } from './importText';
import { useRejectionsExport } from './useRejectionsExport';

const PAGE_SIZE = 100;

interface RejectionsDialogProps {
  importId: number;
  fileName: string;
  onClose: () => void;
}

/** The rows an import rejected (and the warnings it noted), page by page, with the CSV report. */
export function RejectionsDialog({ importId, fileName, onClose }: RejectionsDialogProps) {
  const { t, i18n } = useTranslation();
  const lang = asLang(i18n.language);
  const [offset, setOffset] = useState(0);
  const { busy, exportCsv } = useRejectionsExport();
  const page = useQuery(`imports:rejections:${importId}:${offset}`, (api) =>
    api.imports.rejections({ importId, offset, limit: PAGE_SIZE }),
  );

  return (
    <Dialog
      title={t('ledger.rejections.title', { file: fileName })}
      onClose={onClose}
      size="large"
      footer={
        <>
          <button type="button" className="btn" disabled={busy} onClick={() => void exportCsv(importId)}>
            {t('ledger.rejections.download')}
          </button>
          <button type="button" className="btn btn-primary" onClick={onClose} data-autofocus>
            {t('common.close')}
          </button>
        </>
      }
    >
      <p className="dialog-lead muted">{t('ledger.rejections.lead')}</p>
      <ListPageBody
        list={page}
        offset={offset}
        onOffsetChange={setOffset}
        empty={<p className="muted">{t('ledger.rejections.empty')}</p>}
        table={(items, busy) => (
          <div className={busy ? 'table-wrap is-busy' : 'table-wrap'}>
            <table
              className="data-table is-static rejections-table"
              aria-label={t('ledger.rejections.tableLabel')}
            >
              <thead>
                <tr>
                  <th scope="col" className="num">
                    {t('ledger.rejections.columns.line')}
                  </th>
                  <th scope="col">{t('ledger.rejections.columns.column')}</th>
                  <th scope="col">{t('ledger.rejections.columns.reason')}</th>
                  <th scope="col">{t('ledger.rejections.columns.value')}</th>
                  <th scope="col">{t('ledger.rejections.columns.severity')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((r, i) => (
                  <tr key={`${r.line}:${r.column}:${r.reason}:${i}`}>
                    <td className="num">{showNumber(r.line, lang)}</td>
                    <td>{r.column || <span className="muted">{t('ledger.rejections.wholeRow')}</span>}</td>
                    <td>{messageText(t, r.reason)}</td>
                    <td className="rejection-value" title={r.value}>
                      {r.value || <span className="muted">—</span>}
                    </td>
                    <td>
                      <Badge tone={r.severity === 'error' ? 'danger' : 'warning'}>
                        {t(`ledger.rejections.severity.${r.severity}`)}
                      </Badge>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      />
    </Dialog>
  );
}
