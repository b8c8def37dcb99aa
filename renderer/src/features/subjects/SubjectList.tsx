import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, PageHeader } from '../../components/Layout';
import { ListPageBody } from '../../components/list/ListPage';
import { useListSearch } from '../../components/list/useListSearch';
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

/** The subjects ledger: server-side search and paging, fast with a million subjects. */
export function SubjectList() {
  const { t, i18n } = useTranslation();
  const lang = asLang(i18n.language);
  const organisation = useCurrentOrganisation();
  const navigate = useNavigate();
  const [view, setView] = useSubjectView();
  const [adding, setAdding] = useState(false);
  const { notify } = useToast();
  const search = useListSearch(view.search, (text) => setView({ search: text, offset: 0 }));
  const query = {
    organisationId: organisation.id,
    search: view.search.trim(),
    offset: view.offset,
    limit: SUBJECT_PAGE_SIZE,
  };
  const list = useQuery(`subjects:${JSON.stringify(query)}`, (api) => api.subjects.list(query));

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
          value={search.text}
          onChange={search.change}
          notice={page?.searchTooShort ? 'tooShort' : page?.searchIncomplete ? 'incomplete' : null}
        />
      )}
      <ListPageBody
        list={list}
        offset={view.offset}
        onOffsetChange={(offset) => setView((v) => ({ ...v, offset }))}
        empty={
          page?.searchTooShort || page?.searchIncomplete ? null : searching ? (
            <EmptyState
              title={t('ledger.subjects.noMatchesTitle')}
              text={t('ledger.subjects.noMatchesText')}
            />
          ) : (
            <EmptyState
              title={t('ledger.subjects.emptyTitle')}
              text={t('ledger.subjects.emptyText')}
              action={
                <button
                  type="button"
                  className="btn btn-primary"
                  onClick={() => navigate({ page: 'imports' })}
                >
                  {t('ledger.subjects.goImport')}
                </button>
              }
            />
          )
        }
        table={(items, busy) => (
          <SubjectTable
            items={items}
            busy={busy}
            onOpen={(id) => {
              // Opened before the typed search was applied: coming back shows what was typed.
              if (search.text !== view.search) search.flush();
              navigate({ page: 'subject', id });
            }}
          />
        )}
      />
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
