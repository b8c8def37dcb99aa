import { BookUser, Building, Mail, Search, ShieldAlert, type LucideIcon } from 'lucide-react';
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlobalSearchHit, GlobalSearchKind } from '../../../../shared/domain/globalSearch';
import { Dialog } from '../../components/Dialog';
import { useDebounced } from '../correspondence/useDebounced';
import { useQuery } from '../../hooks/useQuery';
import { useCurrentOrganisation } from '../../shell/appData';
import type { Route } from '../../shell/routes';
import './search.css';

const icons: Record<GlobalSearchKind, LucideIcon> = {
  recipient: Building,
  subject: BookUser,
  correspondence: Mail,
  breach: ShieldAlert,
};

export const routeOfHit = (hit: GlobalSearchHit): Route => {
  switch (hit.kind) {
    case 'recipient':
      return { page: 'recipient', id: hit.id };
    case 'subject':
      return { page: 'subject', id: hit.id };
    case 'correspondence':
      return { page: 'correspondenceItem', id: hit.id };
    case 'breach':
      return { page: 'breach', id: hit.id };
  }
};

interface GlobalSearchDialogProps {
  onOpen: (route: Route) => void;
  onClose: () => void;
}

/** Ctrl+K: one box over recipients, subjects, claims and requests, incidents; Enter opens the record. */
export function GlobalSearchDialog({ onOpen, onClose }: GlobalSearchDialogProps) {
  const { t } = useTranslation();
  const organisation = useCurrentOrganisation();
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const settled = useDebounced(text.trim(), 200);
  const listId = useId();
  const search = useQuery(settled.length >= 2 ? `search:${organisation.id}:${settled}` : null, (api) =>
    api.search.global({ organisationId: organisation.id, text: settled }),
  );
  const hits = settled.length >= 2 ? (search.data?.hits ?? []) : [];
  const current = Math.min(active, Math.max(0, hits.length - 1));

  const open = (hit: GlobalSearchHit | undefined) => {
    if (!hit) return;
    onClose();
    onOpen(routeOfHit(hit));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((current + step + hits.length) % Math.max(1, hits.length));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      open(hits[current]);
    } else if (e.key === 'Escape') {
      // A search field would only clear itself on the first Esc; the officer expects the box to close.
      e.preventDefault();
      onClose();
    }
  };

  const optionId = (index: number) => `${listId}-${index}`;
  return (
    <Dialog title={t('desktop.search.title')} onClose={onClose} size="medium">
      <div className="global-search">
        <div className="global-search-box">
          <Search size={18} aria-hidden="true" />
          <input
            data-autofocus
            type="text"
            role="combobox"
            aria-label={t('desktop.search.label')}
            aria-expanded={hits.length > 0}
            aria-controls={listId}
            aria-activedescendant={hits.length > 0 ? optionId(current) : undefined}
            placeholder={t('desktop.search.placeholder')}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setActive(0);
            }}
            onKeyDown={onKeyDown}
          />
        </div>
        <ul
          id={listId}
          role="listbox"
          aria-label={t('desktop.search.results')}
          className="global-search-list"
        >
          {hits.map((hit, index) => {
            const Icon = icons[hit.kind];
            return (
              <li
                key={`${hit.kind}:${hit.id}`}
                id={optionId(index)}
                role="option"
                aria-selected={index === current}
                className="global-search-hit"
                onMouseEnter={() => setActive(index)}
                onClick={() => open(hit)}
              >
                <Icon size={16} aria-hidden="true" className="global-search-icon" />
                <span className="global-search-title">{hit.title}</span>
                <span className="global-search-detail">{hit.detail}</span>
                <span className="global-search-kind">{t(`desktop.search.kinds.${hit.kind}`)}</span>
              </li>
            );
          })}
        </ul>
        <p className="global-search-status" role="status">
          {settled.length < 2
            ? t('desktop.search.hint')
            : search.loading && hits.length === 0
              ? t('common.loading')
              : hits.length === 0
                ? t('desktop.search.nothing', { text: settled })
                : t('desktop.search.count', { count: hits.length })}
        </p>
      </div>
    </Dialog>
  );
}
