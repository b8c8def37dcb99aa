import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClauseEdit, PolicyClause } from '../../../../shared/domain/policy';
import { TextField } from '../../components/Field';
import { FormDialog } from '../correspondence/FormDialog';

/** Places inside a clause where a new clause may start: after a sentence, a «;» or a line break. */
export const splitPoints = (text: string, clause: PolicyClause): number[] => {
  const points: number[] = [];
  const body = text.slice(clause.bodyStart, clause.end);
  for (const m of body.matchAll(/(?:[.;:!?»]\s+|\n\s*)(?=\S)/g)) {
    const at = clause.bodyStart + (m.index ?? 0) + m[0].length;
    if (at < clause.end && text.slice(at, clause.end).trim() !== '') points.push(at);
  }
  return [...new Set(points)];
};

/** The number a new clause after `clause` most likely has: the next sibling. */
const nextNumber = (clause: PolicyClause) => {
  const parts = clause.number.split('.').filter(Boolean).map(Number);
  if (parts.length === 0) return '1';
  parts[parts.length - 1] = (parts[parts.length - 1] ?? 0) + 1;
  return parts.join('.');
};

interface SplitDialogProps {
  text: string;
  clause: PolicyClause;
  onClose: () => void;
  onSplit: (edit: ClauseEdit) => Promise<boolean>;
}

export function SplitDialog({ text, clause, onClose, onSplit }: SplitDialogProps) {
  const { t } = useTranslation();
  const points = splitPoints(text, clause);
  const [at, setAt] = useState<number | null>(points[0] ?? null);
  const [number, setNumber] = useState(nextNumber(clause));
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (at === null) return;
    setBusy(true);
    await onSplit({ op: 'split', clauseId: clause.id, at, number: number.trim() });
    setBusy(false);
  };
  return (
    <FormDialog
      title={t('policies.tree.splitTitle', { ref: clause.ref || clause.id })}
      submitLabel={t('policies.tree.split').replace('…', '')}
      onSubmit={(e) => void submit(e)}
      onClose={onClose}
      busy={busy}
      error={null}
      size="large"
    >
      <fieldset className="policy-split-points">
        <legend>{t('policies.tree.splitWhere')}</legend>
        {points.map((p) => (
          <label key={p} className="check">
            <input type="radio" name="split-at" checked={at === p} onChange={() => setAt(p)} />
            <span>
              <span className="muted">
                …{text.slice(Math.max(clause.bodyStart, p - 30), p).replace(/\s+/g, ' ')}
              </span>
              <strong> ¶ {text.slice(p, p + 70).replace(/\s+/g, ' ')}…</strong>
            </span>
          </label>
        ))}
      </fieldset>
      <TextField
        label={t('policies.tree.splitNumber')}
        value={number}
        onChange={(e) => setNumber(e.target.value)}
        required
      />
    </FormDialog>
  );
}

interface RenumberDialogProps {
  clause: PolicyClause;
  onClose: () => void;
  onRenumber: (edit: ClauseEdit) => Promise<boolean>;
}

export function RenumberDialog({ clause, onClose, onRenumber }: RenumberDialogProps) {
  const { t } = useTranslation();
  const [number, setNumber] = useState(clause.number);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    await onRenumber({ op: 'renumber', clauseId: clause.id, number: number.trim() });
    setBusy(false);
  };
  return (
    <FormDialog
      title={t('policies.tree.renumberTitle')}
      submitLabel={t('common.save')}
      onSubmit={(e) => void submit(e)}
      onClose={onClose}
      busy={busy}
      error={null}
      size="small"
    >
      <TextField
        label={t('policies.tree.newNumber')}
        value={number}
        onChange={(e) => setNumber(e.target.value)}
        required
        data-autofocus
      />
    </FormDialog>
  );
}
