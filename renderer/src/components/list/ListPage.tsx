import type { ReactNode } from 'react';
import type { PageOf } from '../../../../shared/domain/common';
import type { Query } from '../../hooks/useQuery';
import { ErrorBlock, Loading } from '../Layout';
import { Pager } from '../Pager';

/** A page as the channels return it; `totalCapped`: a search stopped counting at `total`. */
type ListPageOf<T> = PageOf<T> & { totalCapped?: boolean };

interface ListPageBodyProps<T> {
  /** The page of rows as the query cache has it (kept while the next page loads). */
  list: Query<ListPageOf<T>>;
  offset: number;
  onOffsetChange: (offset: number) => void;
  /** Shown when the page is empty (with or without filters: the caller words it). */
  empty: ReactNode;
  table: (items: readonly T[], busy: boolean) => ReactNode;
  pagerLabel?: string;
  /** A list inside a record's section or a dialog: no pager while everything fits on one page. */
  pagerOnlyWhenPaged?: boolean;
}

/**
 * The one list-page body every register uses under its header and filters: an error with a retry,
 * a loading state, the empty state, or the table (dimmed while the next page loads) and the pager.
 */
export function ListPageBody<T>(props: ListPageBodyProps<T>) {
  const { list, offset, onOffsetChange, empty, table, pagerLabel, pagerOnlyWhenPaged = false } = props;
  const page = list.data;
  if (list.error) return <ErrorBlock error={list.error} onRetry={list.reload} />;
  if (!page) return <Loading />;
  if (page.total === 0) return <>{empty}</>;
  return (
    <>
      {table(page.items, list.loading)}
      {(!pagerOnlyWhenPaged || page.total > page.limit || offset > 0) && (
        <Pager
          total={page.total}
          offset={offset}
          limit={page.limit}
          onChange={onOffsetChange}
          label={pagerLabel}
          capped={page.totalCapped ?? false}
        />
      )}
    </>
  );
}
