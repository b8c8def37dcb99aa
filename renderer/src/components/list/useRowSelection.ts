import { useState } from 'react';

export interface RowSelectionState {
  selected: ReadonlySet<number>;
  onToggle: (id: number) => void;
  /** Selects every row of the page, or clears the selection when all are already selected. */
  onTogglePage: (ids: readonly number[]) => void;
  clear: () => void;
}

/**
 * Rows selected for a bulk action on the page on screen. The selection belongs to `pageKey` (the
 * list's query): another page, filter or sort starts with nothing selected, so an action never
 * reaches rows the officer no longer sees.
 */
export function useRowSelection(pageKey: string): RowSelectionState {
  const [state, setState] = useState<{ key: string; ids: ReadonlySet<number> }>({ key: '', ids: new Set() });
  const selected = state.key === pageKey ? state.ids : new Set<number>();
  const set = (ids: ReadonlySet<number>) => setState({ key: pageKey, ids });
  return {
    selected,
    onToggle: (id) => {
      const next = new Set(selected);
      if (!next.delete(id)) next.add(id);
      set(next);
    },
    onTogglePage: (ids) => set(ids.every((id) => selected.has(id)) ? new Set() : new Set(ids)),
    clear: () => set(new Set()),
  };
}
