import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CorrespondenceItem } from '../../../../../shared/domain/correspondence';
import type { Answer } from '../../../../../shared/domain/correspondenceAnswer';
import { ErrorBlock, Loading, Section } from '../../../components/Layout';
import { useQuery } from '../../../hooks/useQuery';
import { showDate } from '../../../i18n/format';
import { useNavigate } from '../../../shell/routes';
import { AnswerStateBadge } from '../answers/AnswerStateBadge';
import { NewAnswerDialog } from './NewAnswerDialog';

interface AnswersSectionProps {
  item: CorrespondenceItem;
  version: number;
}

/** Letters of the item and their versions; a sent version keeps its frozen PDF and SHA-256. */
export function AnswersSection({ item, version }: AnswersSectionProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const answers = useQuery(`answers:${item.id}:${version}`, (api) => api.answers.list({ itemId: item.id }));
  const letters = groupByLetter(answers.data ?? []);
  const closed = item.status === 'closed';

  return (
    <Section
      title={t('correspondence.answers.title')}
      actions={
        <button
          type="button"
          className="btn btn-small btn-primary"
          disabled={closed}
          onClick={() => setCreating(true)}
        >
          {t('correspondence.answers.prepare')}
        </button>
      }
    >
      {answers.error && <ErrorBlock error={answers.error} onRetry={answers.reload} />}
      {!answers.error && !answers.data && <Loading />}
      {answers.data && answers.data.length === 0 && (
        <p className="muted">{t('correspondence.answers.none')}</p>
      )}
      {letters.length > 0 && (
        <table className="data-table answers-table" aria-label={t('correspondence.answers.tableLabel')}>
          <thead>
            <tr>
              <th scope="col">{t('correspondence.answers.columns.letter')}</th>
              <th scope="col">{t('correspondence.answers.columns.outgoing')}</th>
              <th scope="col">{t('correspondence.answers.columns.state')}</th>
              <th scope="col">{t('correspondence.answers.columns.sent')}</th>
              <th scope="col">{t('correspondence.answers.columns.sha256')}</th>
            </tr>
          </thead>
          <tbody>
            {letters.map((versions, letterIndex) =>
              versions.map((a) => (
                <tr key={a.id} onClick={() => navigate({ page: 'answer', id: a.id })}>
                  <td>
                    <button
                      type="button"
                      className="link-button row-link"
                      onClick={(e) => {
                        e.stopPropagation();
                        navigate({ page: 'answer', id: a.id });
                      }}
                    >
                      {t('correspondence.answers.letterName', {
                        n: String(letterIndex + 1),
                        version: String(a.version),
                      })}
                    </button>
                    <div className="muted small">
                      {t(`correspondence.decision.${a.decision}`)}
                      {a.latest && versions.length > 1 && ` · ${t('correspondence.answers.latest')}`}
                    </div>
                  </td>
                  <td className="nowrap">
                    {a.outgoingNumber ? (
                      <>
                        {a.outgoingNumber}
                        <div className="muted small">
                          {t('correspondence.item.dated', { date: showDate(a.outgoingDate) })}
                        </div>
                      </>
                    ) : (
                      <span className="muted">{t('correspondence.answers.noNumber')}</span>
                    )}
                  </td>
                  <td>
                    <AnswerStateBadge state={a.state} />
                  </td>
                  <td className="nowrap">
                    {a.sent ? (
                      <>
                        {showDate(a.sent.sentDate)}
                        <div className="muted small">{t(`correspondence.receivedVia.${a.sent.channel}`)}</div>
                      </>
                    ) : (
                      '—'
                    )}
                  </td>
                  <td>{a.sent ? <code className="hash">{a.sent.pdfSha256}</code> : '—'}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      )}
      {creating && <NewAnswerDialog item={item} onClose={() => setCreating(false)} />}
    </Section>
  );
}

/** Letters in order of their first version, each with its versions in order. */
const groupByLetter = (answers: readonly Answer[]): Answer[][] => {
  const byChain = new Map<number, Answer[]>();
  for (const a of answers) byChain.set(a.chainId, [...(byChain.get(a.chainId) ?? []), a]);
  return [...byChain.values()]
    .map((versions) => [...versions].sort((x, y) => x.version - y.version))
    .sort((x, y) => (x[0]?.id ?? 0) - (y[0]?.id ?? 0));
};
