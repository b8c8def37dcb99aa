import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClauseEdit, PolicyClause, PolicyVersion } from '../../../../shared/domain/policy';
import { useToast } from '../../components/Toast';
import { useAction } from '../../hooks/useAction';
import { ClauseTree } from './ClauseTree';
import { RenumberDialog, SplitDialog } from './ClauseDialogs';

/** The clause tree next to the original text; on a draft, the officer fixes a wrong split here. */
export function ClausesTab({ version }: { version: PolicyVersion }) {
  const { t } = useTranslation();
  const { notify } = useToast();
  const { busy, run } = useAction();
  const [selectedId, setSelectedId] = useState<string | null>(
    version.clauses.find((c) => c.number !== '')?.id ?? null,
  );
  const [dialog, setDialog] = useState<'split' | 'renumber' | null>(null);
  const selected = version.clauses.find((c) => c.id === selectedId) ?? null;
  const index = selected ? version.clauses.indexOf(selected) : -1;
  const draft = version.status === 'draft';

  const edit = async (change: ClauseEdit) => {
    const result = await run((api) => api.policies.editClauses({ versionId: version.id, edit: change }));
    if (!result.ok) return false;
    notify(t('policies.tree.edited'));
    setDialog(null);
    return true;
  };

  return (
    <div className="policy-panes">
      <div className="policy-tree-pane">
        <ClauseTree
          clauses={version.clauses}
          warnings={version.warnings}
          selectedId={selectedId}
          onSelect={setSelectedId}
        />
        {draft && (
          <div className="policy-clause-actions">
            <button
              type="button"
              className="btn btn-small"
              disabled={!selected || busy}
              onClick={() => setDialog('split')}
            >
              {t('policies.tree.split')}
            </button>
            <button
              type="button"
              className="btn btn-small"
              disabled={!selected || index <= 0 || busy}
              onClick={() => selected && void edit({ op: 'merge', clauseId: selected.id })}
            >
              {t('policies.tree.merge')}
            </button>
            <button
              type="button"
              className="btn btn-small"
              disabled={!selected || busy}
              onClick={() => setDialog('renumber')}
            >
              {t('policies.tree.renumber')}
            </button>
          </div>
        )}
      </div>
      <OriginalText text={version.text} clause={selected} />
      {dialog === 'split' && selected && (
        <SplitDialog text={version.text} clause={selected} onClose={() => setDialog(null)} onSplit={edit} />
      )}
      {dialog === 'renumber' && selected && (
        <RenumberDialog clause={selected} onClose={() => setDialog(null)} onRenumber={edit} />
      )}
    </div>
  );
}

/** The stored text exactly as loaded, the selected clause highlighted and scrolled into view. */
function OriginalText({ text, clause }: { text: string; clause: PolicyClause | null }) {
  const { t } = useTranslation();
  const mark = useRef<HTMLElement>(null);
  const pre = useRef<HTMLPreElement>(null);
  // Scroll the text box only (never the page) so the clause shows near its top.
  useEffect(() => {
    if (mark.current && pre.current) pre.current.scrollTop = Math.max(0, mark.current.offsetTop - 48);
  }, [clause?.id]);
  const start = clause?.start ?? 0;
  // The blank lines before the next clause are not highlighted.
  const end = clause ? start + text.slice(start, clause.end).trimEnd().length : 0;
  return (
    <section className="policy-text-pane" aria-label={t('policies.tree.original')}>
      <h3>{t('policies.tree.original')}</h3>
      {!clause && <p className="muted">{t('policies.tree.selectHint')}</p>}
      <pre className="policy-text" ref={pre}>
        {text.slice(0, start)}
        {clause && (
          <mark ref={mark} aria-label={clause.ref ? `п. ${clause.ref}` : clause.id}>
            {text.slice(start, end)}
          </mark>
        )}
        {text.slice(clause ? end : 0)}
      </pre>
    </section>
  );
}
