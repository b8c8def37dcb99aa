import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Section } from '../../components/Layout';
import { ListPageBody } from '../../components/list/ListPage';
import { useToast } from '../../components/Toast';
import { useAction } from '../../hooks/useAction';
import { useQuery } from '../../hooks/useQuery';
import { asLang, showDate, showNumber } from '../../i18n/format';
import { useNavigate } from '../../shell/routes';

const PAGE_SIZE = 50;

/** The reverse of the subject card: the subjects whose data this recipient received, paged and exportable. */
export function RecipientSubjects({ recipientId }: { recipientId: number }) {
  const { t, i18n } = useTranslation();
  const lang = asLang(i18n.language);
  const navigate = useNavigate();
  const { notify } = useToast();
  const action = useAction();
  const [offset, setOffset] = useState(0);
  const query = { recipientId, offset, limit: PAGE_SIZE };
  const page = useQuery(`recipient-subjects:${JSON.stringify(query)}`, (api) =>
    api.subjects.byRecipient(query),
  );
  const exportCsv = async () => {
    const result = await action.run((api) => api.subjects.exportByRecipient({ recipientId }));
    // null: the officer cancelled the save dialog.
    if (result.ok && result.value) notify(t('common.fileSaved', { path: result.value.path }));
  };
  const data = page.data;
  return (
    <Section
      title={t('subjectEdits.recipient.title')}
      actions={
        data && data.total > 0 ? (
          <button
            type="button"
            className="btn btn-small"
            disabled={action.busy}
            onClick={() => void exportCsv()}
          >
            {t('subjectEdits.recipient.export')}
          </button>
        ) : null
      }
    >
      {data && data.total > 0 && (
        <p className="muted small">
          {t('subjectEdits.recipient.lead')}{' '}
          {t('subjectEdits.recipient.total', { n: showNumber(data.total, lang) })}
        </p>
      )}
      <ListPageBody
        list={page}
        offset={offset}
        onOffsetChange={setOffset}
        pagerOnlyWhenPaged
        empty={<p className="muted">{t('subjectEdits.recipient.empty')}</p>}
        table={(items, busy) => (
          <div className={busy ? 'table-wrap is-busy' : 'table-wrap'}>
            <table className="data-table is-static" aria-label={t('subjectEdits.recipient.tableLabel')}>
              <thead>
                <tr>
                  <th scope="col">{t('subjectEdits.recipient.columns.name')}</th>
                  <th scope="col">{t('subjectEdits.recipient.columns.roles')}</th>
                  <th scope="col" className="num">
                    {t('subjectEdits.recipient.columns.transfers')}
                  </th>
                  <th scope="col">{t('subjectEdits.recipient.columns.first')}</th>
                  <th scope="col">{t('subjectEdits.recipient.columns.last')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((s) => (
                  <tr key={s.id}>
                    <td>
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => navigate({ page: 'subject', id: s.id })}
                      >
                        {s.fullName || t('ledger.subjects.noName')}
                      </button>
                    </td>
                    <td>{s.roles.map((r) => t(`identity.role.${r}`)).join(', ')}</td>
                    <td className="num">{showNumber(s.transfers, lang)}</td>
                    <td className="nowrap">{showDate(s.firstTransferOn)}</td>
                    <td className="nowrap">{showDate(s.lastTransferOn)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      />
    </Section>
  );
}
