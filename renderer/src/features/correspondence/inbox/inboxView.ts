import { useSyncExternalStore } from 'react';
import type { CorrespondenceKind, CorrespondenceStatus } from '../../../../../shared/domain/correspondence';
import type { CorrespondenceQuery } from '../../../../../shared/domain/correspondenceQuery';
import { OPEN_STATUSES } from '../../../../../shared/correspondence/statusWorkflow';

export type InboxSort = 'dueDate' | 'receivedDate' | 'number' | 'updatedAt';
export type DueBucket = '' | 'overdue' | 'today' | 'week' | 'range';
/** 'current': the organisation chosen in the header; 'all': every organisation; or one by id. */
export type OrganisationScope = 'current' | 'all' | number;

export interface InboxFilters {
  search: string;
  kind: CorrespondenceKind | '';
  /** 'open': every status whose deadline still runs. */
  status: CorrespondenceStatus | 'open' | '';
  scope: OrganisationScope;
  due: DueBucket;
  dueFrom: string;
  dueTo: string;
}

export interface InboxView {
  filters: InboxFilters;
  sort: InboxSort;
  direction: 'asc' | 'desc';
  offset: number;
}

export type InboxViewUpdate = InboxView | ((view: InboxView) => InboxView);

export const INBOX_PAGE_SIZE = 50;

export const initialInboxFilters: InboxFilters = {
  search: '',
  kind: '',
  status: '',
  scope: 'current',
  due: '',
  dueFrom: '',
  dueTo: '',
};

export const initialInboxView: InboxView = {
  filters: initialInboxFilters,
  sort: 'receivedDate',
  direction: 'desc',
  offset: 0,
};

// The view outlives the page (back from an item restores it) without a provider in the shell.
let current = initialInboxView;
const listeners = new Set<() => void>();

export const setInboxView = (update: InboxViewUpdate): void => {
  current = typeof update === 'function' ? update(current) : update;
  listeners.forEach((listener) => listener());
};

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};

export function useInboxView(): [InboxView, (update: InboxViewUpdate) => void] {
  const view = useSyncExternalStore(subscribe, () => current);
  return [view, setInboxView];
}

/** True when something other than the organisation scope narrows the list. */
export const narrowsInbox = (f: InboxFilters): boolean =>
  f.search.trim() !== '' || f.kind !== '' || f.status !== '' || f.due !== '';

export const inboxQuery = (view: InboxView, currentOrganisationId: number): CorrespondenceQuery => {
  const f = view.filters;
  const range = f.due === 'range';
  return {
    organisationId: f.scope === 'current' ? currentOrganisationId : f.scope === 'all' ? null : f.scope,
    kinds: f.kind ? [f.kind] : [],
    statuses: f.status === 'open' ? [...OPEN_STATUSES] : f.status ? [f.status] : [],
    due: range && !f.dueFrom && !f.dueTo ? '' : f.due,
    dueFrom: range ? f.dueFrom : '',
    dueTo: range ? f.dueTo : '',
    search: f.search.trim(),
    sort: view.sort,
    direction: view.direction,
    offset: view.offset,
    limit: INBOX_PAGE_SIZE,
  };
};
