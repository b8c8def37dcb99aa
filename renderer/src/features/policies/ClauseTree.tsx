import { TriangleAlert } from 'lucide-react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PREAMBLE_ID, type ParseWarning, type PolicyClause } from '../../../../shared/domain/policy';

interface ClauseTreeProps {
  clauses: readonly PolicyClause[];
  warnings: readonly ParseWarning[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

const firstWords = (text: string) => {
  const line = text.split('\n')[0] ?? '';
  return line.length > 90 ? `${line.slice(0, 87)}…` : line;
};

/** The clauses as a tree (levels from their numbers); arrow keys move the selection. */
export function ClauseTree({ clauses, warnings, selectedId, onSelect }: ClauseTreeProps) {
  const { t } = useTranslation();
  const flagged = new Set(warnings.map((w) => w.clauseId));
  const move = (event: KeyboardEvent, delta: number) => {
    event.preventDefault();
    const index = clauses.findIndex((c) => c.id === selectedId);
    const next = clauses[Math.min(Math.max(index + delta, 0), clauses.length - 1)];
    if (next) {
      onSelect(next.id);
      document.getElementById(`clause-${next.id}`)?.focus();
    }
  };
  return (
    <ul
      role="tree"
      aria-label={t('policies.tree.label')}
      className="policy-tree"
      onKeyDown={(e) => {
        if (e.key === 'ArrowDown') move(e, 1);
        if (e.key === 'ArrowUp') move(e, -1);
      }}
    >
      {clauses.map((c) => {
        const number =
          c.id === PREAMBLE_ID ? t('policies.tree.preamble') : c.number || t('policies.tree.section');
        return (
          <li
            key={c.id}
            id={`clause-${c.id}`}
            role="treeitem"
            aria-level={c.level + 1}
            aria-selected={c.id === selectedId}
            tabIndex={c.id === selectedId ? 0 : -1}
            className={[
              'policy-tree-item',
              c.heading ? 'is-heading' : '',
              c.id === selectedId ? 'is-selected' : '',
              flagged.has(c.id) ? 'is-flagged' : '',
            ].join(' ')}
            style={{ paddingLeft: `${0.5 + c.level * 1.25}rem` }}
            onClick={() => onSelect(c.id)}
          >
            <span className="policy-tree-number">{number}</span> <span>{firstWords(c.text)}</span>
            {flagged.has(c.id) && (
              <span className="policy-tree-flag" role="img" aria-label={t('policies.warnings.title')}>
                {' '}
                <TriangleAlert size={13} aria-hidden="true" />
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
