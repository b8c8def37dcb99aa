import type { RecipientQuery, RecipientStatus, RecipientType } from '../../../../shared/domain/recipient';

export type RegisterSort = 'legalName' | 'type' | 'country' | 'reviewDate' | 'updatedAt';

export interface RegisterFilters {
  search: string;
  types: RecipientType[];
  country: string;
  status: RecipientStatus | '';
  crossBorder: '' | 'yes' | 'no';
  problemsOnly: boolean;
  reviewDue: boolean;
  archived: boolean;
}

/** What the register page shows; kept by the shell so returning from a detail page restores it. */
export interface RegisterView {
  filters: RegisterFilters;
  sort: RegisterSort;
  direction: 'asc' | 'desc';
  offset: number;
}

export type RegisterViewUpdate = RegisterView | ((view: RegisterView) => RegisterView);

export const PAGE_SIZE = 50;

export const initialFilters: RegisterFilters = {
  search: '',
  types: [],
  country: '',
  status: '',
  crossBorder: '',
  problemsOnly: false,
  reviewDue: false,
  archived: false,
};

export const initialRegisterView: RegisterView = {
  filters: initialFilters,
  sort: 'legalName',
  direction: 'asc',
  offset: 0,
};

/** True when a filter other than the archive switch narrows the list. */
export const narrowsList = (f: RegisterFilters): boolean =>
  f.search.trim() !== '' ||
  f.types.length > 0 ||
  f.country !== '' ||
  f.status !== '' ||
  f.crossBorder !== '' ||
  f.problemsOnly ||
  f.reviewDue;

export const registerQuery = (view: RegisterView, organisationId: number): RecipientQuery => ({
  organisationId,
  ...view.filters,
  search: view.filters.search.trim(),
  sort: view.sort,
  direction: view.direction,
  offset: view.offset,
  limit: PAGE_SIZE,
});
