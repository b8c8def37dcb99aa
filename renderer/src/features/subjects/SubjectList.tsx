import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorBlock, Loading, PageHeader } from '../../components/Layout';
import { Pager } from '../../components/Pager';
import { useToast } from '../../components/Toast';
import { useQuery } from '../../hooks/useQuery';
import { asLang, showNumber } from '../../i18n/format';
import { useCurrentOrganisation } from '../../shell/appData';
import { useNavigate } from '../../shell/routes';
import { useSubjectView } from '../imports/ledgerSession';
import { NewSubjectDialog } from './NewSubjectDialog';
import { PossibleMatchesNotice } from './PossibleMatchesNotice';
import { SubjectSearch } from './SubjectSearch';
import { SubjectTable } from './SubjectTable';
import { SUBJECT_PAGE_SIZE } from './subjectView';
import './subjects.css';

const SEARCH_DELAY_MS = 300;

/** The subjects ledger: server-side search and paging, fast with a million subjects. */
export function SubjectList() {
  const { t, i18n } = useTranslation();
  const lang = asLang(i18n.language);
  const organisation = useCurrentOrganisation();
  const navigate = useNavigate();
  const [view, setView] = useSubjectView();
  const [searchText, setSearchText] = useState(view.search);
  const [adding, setAdding] = useState(false);
  const { notify } = useToast();
  const searchTimer = useRef<{ id?: number }>({});
  const query = {
    organisationId: organisation.id,
    search: view.search.trim(),
    offset: view.offset,
    limit: SUBJECT_PAGE_SIZE,
  };
  const list = useQuery(JSON.stringify(query), (api) => api.subjects.list(query));

  useEffect(() => {
    const timer = searchTimer.current;
    return () => window.clearTimeout(timer.id);
  }, []);

  const changeSearch = (text: string) => {
    setSearchText(text);
    window.clearTimeout(searchTimer.current.id);
    searchTimer.current.id = window.setTimeout(() => setView({ search: text, offset: 0 }), SEARCH_DELAY_MS);
  };

  const page = list.data;
  const searching = view.search.trim() !== '';
  const found = page
    ? page.totalCapped
      ? t('ledger.subjects.foundMore', { n: showNumber(page.total, lang) })
      : searching
        ? t('ledger.subjects.found', { n: showNumber(page.total, lang) })
        : t('ledger.subjects.total', { n: showNumber(page.total, lang) })
    : null;

  return (
    <div className="page page-subjects">
      <PageHeader
        title={t('ledger.subjects.title')}
        subtitle={
          <>
            {organisation.name}
            {found && (
              <>
                {' · '}
                <span>{found}</span>
              </>
            )}
          </>
        }
        actions={
          <>
            <button type="button" className="btn" onClick={() => navigate({ page: 'possibleMatches' })}>
              {t('identity.matches.title')}
            </button>
            <button type="button" className="btn" onClick={() => navigate({ page: 'imports' })}>
              {t('ledger.subjects.toImports')}
            </button>
            <button type="button" className="btn btn-primary" onClick={() => setAdding(true)}>
              {t('subjectEdits.add.action')}
            </button>
          </>
        }
      />
      {(page?.total ?? 0) > 0 && <PossibleMatchesNotice />}
      {(searching || (page?.total ?? 0) > 0) && (
        <SubjectSearch
          value={searchText}
          onChange={changeSearch}
          notice={page?.searchTooShort ? 'tooShort' : page?.searchIncomplete ? 'incomplete' : null}
        />
      )}
      {list.error && <ErrorBlock error={list.error} onRetry={list.reload} />}
      {!list.error && !page && <Loading />}
      {!list.error &&
        page &&
        page.total === 0 &&
        !page.searchTooShort &&
        !page.searchIncomplete &&
        (searching ? (
          <EmptyState title={t('ledger.subjects.noMatchesTitle')} text={t('ledger.subjects.noMatchesText')} />
        ) : (
          <EmptyState
            title={t('ledger.subjects.emptyTitle')}
            text={t('ledger.subjects.emptyText')}
            action={
              <button type="button" className="btn btn-primary" onClick={() => navigate({ page: 'imports' })}>
                {t('ledger.subjects.goImport')}
              </button>
            }
          />
        ))}
      {!list.error && page && page.total > 0 && (
        <>
          <SubjectTable
            items={page.items}
            busy={list.loading}
            onOpen={(id) => {
              // Opened before the typed search was applied: coming back shows what was typed.
              if (searchText !== view.search) {
                window.clearTimeout(searchTimer.current.id);
                setView({ search: searchText, offset: 0 });
              }
              navigate({ page: 'subject', id });
            }}
          />
          <Pager
            total={page.total}
            offset={view.offset}
            limit={page.limit}
            capped={page.totalCapped}
            onChange={(offset) => setView((v) => ({ ...v, offset }))}
          />
        </>
      )}
      {adding && (
        <NewSubjectDialog
          organisationId={organisation.id}
          onClose={() => setAdding(false)}
          onCreated={(id) => {
            setAdding(false);
            notify(t('subjectEdits.add.done'));
            navigate({ page: 'subject', id });
          }}
        />
      )}
    </div>
  );
}
