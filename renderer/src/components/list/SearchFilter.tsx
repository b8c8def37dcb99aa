import { useId } from 'react';

interface SearchFilterProps {
  label: string;
  placeholder: string;
  value: string;
  onChange: (text: string) => void;
}

/** A list page's search box, labelled, in the filters row (the typing is debounced by useListSearch). */
export function SearchFilter({ label, placeholder, value, onChange }: SearchFilterProps) {
  const id = useId();
  return (
    <div className="filter filter-search">
      <label htmlFor={id} className="filter-label">
        {label}
      </label>
      <input
        id={id}
        type="search"
        value={value}
        placeholder={placeholder}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}
