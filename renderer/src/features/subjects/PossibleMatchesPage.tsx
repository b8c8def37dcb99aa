import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PossibleMatch } from '../../../../shared/domain/ledger';
import { PageHeader } from '../../components/Layout';
import { ListPageBody } from '../../components/list/ListPage';
import { useQuery } from '../../hooks/useQuery';
import { asLang, showNumber } from '../../i18n/format';
import { useCurrentOrganisation } from '../../shell/appData';
import { useNavigate } from '../../shell/routes';
import { PossibleMatchTable } from './PossibleMatchTable';
import './subjects.css';

const PAGE_SIZE = 50;
const STATUSES = ['open', 'merged', 'dismissed'] as const;
const KEY_KINDS = ['phone', 'email'] as const;

interface QueueFilter {
  status: PossibleMatch['status'];
  kind: '' | (typeof KEY_KINDS)[number];
}

/** The «Возможные совпадения» review queue: pairs of subjects that may be one person, filtered and paged. */
export function PossibleMatchesPage() {
  const { t, i18n } = useTranslation();
  const lang = asLang(i18n.language);
  const navigate = useNavigate();
  const organisation = useCurrentOrganisation();
  const ids = { status: useId(), kind: useId() };
  const [filter, setFilter] = useState<QueueFilter>({ status: 'open', kind: '' });
  const [offset, setOffset] = useState(0);
  const query = {
    organisationId: organisation.id,
    status: filter.status,
    ...(filter.kind ? { kind: filter.kind } : {}),
    offset,
    limit: PAGE_SIZE,
  };
  const queue = useQuery(`possible-matches:${organisation.id}:${JSON.stringify(query)}`, (api) =>
    api.subjects.possibleMatches(query),
  );
  const change = (next: Partial<QueueFilter>) => {
    setFilter((f) => ({ ...f, ...next }));
    setOffset(0);
  };
  const filtered = filter.status !== 'open' || filter.kind !== '';
  const total = queue.data?.total;
  return (
    <div className="page page-subjects">
      <PageHeader
        title={t('identity.matches.title')}
        subtitle={
          <>
            {organisation.name}
            {total !== undefined && (
              <>
                {' · '}
                <span>{t('identity.matches.total', { n: showNumber(total, lang) })}</span>
              </>
            )}
          </>
        }
        back={{ label: t('ledger.card.back'), onClick: () => navigate({ page: 'subjects' }) }}
      />
      <p className="muted">{t('identity.matches.lead')}</p>
      <div role="search" className="filters match-filters" aria-label={t('identity.matches.filters.label')}>
        <div className="filter">
          <label htmlFor={ids.status} className="filter-label">
            {t('identity.matches.filters.status')}
          </label>
          <select
            id={ids.status}
            value={filter.status}
            onChange={(e) => change({ status: e.target.value as QueueFilter['status'] })}
          >
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`identity.matches.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="filter">
          <label htmlFor={ids.kind} className="filter-label">
            {t('identity.matches.filters.kind')}
          </label>
          <select
            id={ids.kind}
            value={filter.kind}
            onChange={(e) => change({ kind: e.target.value as QueueFilter['kind'] })}
          >
            <option value="">{t('identity.matches.filters.any')}</option>
            {KEY_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`identity.matches.keyKind.${k}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <ListPageBody
        list={queue}
        offset={offset}
        onOffsetChange={setOffset}
        pagerLabel={t('identity.matches.pagerLabel')}
        empty={
          <p className="muted">{t(filtered ? 'identity.matches.emptyFiltered' : 'identity.matches.empty')}</p>
        }
        table={(items, busy) => (
          <PossibleMatchTable
            items={items}
            busy={busy}
            onChanged={queue.reload}
            onOpen={(id) => navigate({ page: 'subject', id })}
          />
        )}
      />
    </div>
  );
}
