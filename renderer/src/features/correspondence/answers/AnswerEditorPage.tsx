import { useTranslation } from 'react-i18next';
import { ErrorBlock, Loading, PageHeader } from '../../../components/Layout';
import { useQuery } from '../../../hooks/useQuery';
import { useNavigate } from '../../../shell/routes';
import '../correspondence.css';
import './answers.css';
import { AnswerEditor } from './AnswerEditor';

/** Loads a letter and its item, then shows the editor (or the frozen letter once sent). */
export function AnswerEditorPage({ id }: { id: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const answer = useQuery(`answer:${id}`, (api) => api.answers.get({ id }));
  const itemId = answer.data?.itemId ?? null;
  const item = useQuery(itemId ? `item:${itemId}` : null, (api) =>
    api.correspondence.get({ id: itemId ?? 0 }),
  );
  const error = answer.error ?? item.error;

  if (error && (!answer.data || !item.data)) {
    return (
      <div className="page">
        <PageHeader
          title={t('correspondence.editor.title')}
          back={{
            label: t('correspondence.backToInbox'),
            onClick: () => navigate({ page: 'correspondence' }),
          }}
        />
        <ErrorBlock error={error} onRetry={answer.error ? answer.reload : item.reload} />
      </div>
    );
  }
  const a = answer.data;
  const it = item.data;
  if (!a || !it || a.id !== id || it.id !== a.itemId) return <Loading />;
  return <AnswerEditor key={`${a.id}:${a.state}`} answer={a} item={it} onChanged={answer.reload} />;
}
