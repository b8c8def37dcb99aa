interface SortableHeaderProps<C extends string> {
  column: C;
  label: string;
  sort: C;
  direction: 'asc' | 'desc';
  onSort: (column: C) => void;
  className?: string;
}

/** A column header with aria-sort and a button that toggles the order. */
export function SortableHeader<C extends string>({
  column,
  label,
  sort,
  direction,
  onSort,
  className,
}: SortableHeaderProps<C>) {
  const active = sort === column;
  const ariaSort = active ? (direction === 'asc' ? 'ascending' : 'descending') : 'none';
  return (
    <th scope="col" aria-sort={ariaSort} className={className}>
      <button type="button" className="sort-button" onClick={() => onSort(column)}>
        {label}
        <span className={active ? 'sort-mark sort-mark-active' : 'sort-mark'} aria-hidden="true">
          {active ? (direction === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}
