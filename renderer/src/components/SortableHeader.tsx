import { ArrowDown, ArrowUp, ArrowUpDown } from 'lucide-react';

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
        <SortMark active={active} direction={direction} />
      </button>
    </th>
  );
}

function SortMark({ active, direction }: { active: boolean; direction: 'asc' | 'desc' }) {
  const Icon = !active ? ArrowUpDown : direction === 'asc' ? ArrowUp : ArrowDown;
  return (
    <Icon
      className={active ? 'sort-mark sort-mark-active' : 'sort-mark'}
      size={13}
      strokeWidth={2}
      aria-hidden="true"
    />
  );
}
