import { ArrowLeftRight } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PossibleMatch } from '../../../../shared/domain/ledger';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useToast } from '../../components/Toast';
import { useAction } from '../../hooks/useAction';
import { matchWhy } from './matchWhy';

type Pending = { kind: 'merge' | 'dismiss'; match: PossibleMatch } | null;

/**
 * Possible matches with the officer's two answers: merge (the later subject into the earlier one) or
 * "different people". Both ask first; both are audited; a merge can be undone from the card.
 */
export function PossibleMatchList({
  items,
  onChanged,
  onOpen,
}: {
  items: readonly PossibleMatch[];
  onChanged: () => void;
  onOpen: (subjectId: number) => void;
}) {
  const { t } = useTranslation();
  const { notify } = useToast();
  const action = useAction();
  const [pending, setPending] = useState<Pending>(null);
  const open = items.filter((m) => m.status === 'open');
  if (open.length === 0) return <p className="muted">{t('identity.matches.empty')}</p>;

  const confirm = async () => {
    if (!pending) return;
    const { match } = pending;
    const result =
      pending.kind === 'merge'
        ? await action.run((api) =>
            api.subjects.merge({
              intoId: match.otherId,
              fromId: match.subjectId,
              reason: '',
              possibleMatchId: match.id,
            }),
          )
        : await action.run((api) => api.subjects.dismissMatch({ id: match.id }));
    setPending(null);
    if (result.ok) {
      notify(t(pending.kind === 'merge' ? 'identity.matches.merged' : 'identity.matches.dismissed'));
      onChanged();
    }
  };

  return (
    <>
      <ul className="match-list" aria-label={t('identity.matches.label')}>
        {open.map((m) => (
          <li key={m.id}>
            <div>
              <div className="match-pair">
                <button type="button" className="link-button" onClick={() => onOpen(m.subjectId)}>
                  {m.subjectName}
                </button>
                <ArrowLeftRight size={14} aria-hidden="true" />
                <button type="button" className="link-button" onClick={() => onOpen(m.otherId)}>
                  {m.otherName}
                </button>
              </div>
              <div className="small">{matchWhy(t, m)}</div>
              {m.orderExternalId && (
                <div className="muted small">
                  {t('identity.matches.found', {
                    order: m.orderExternalId,
                    file: m.fileName ?? '—',
                    line: m.line ?? '—',
                  })}
                </div>
              )}
            </div>
            <div className="match-actions">
              <button type="button" className="btn" onClick={() => setPending({ kind: 'merge', match: m })}>
                {t('identity.matches.merge')}
              </button>
              <button type="button" className="btn" onClick={() => setPending({ kind: 'dismiss', match: m })}>
                {t('identity.matches.dismiss')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      {pending && (
        <ConfirmDialog
          title={t(pending.kind === 'merge' ? 'identity.matches.merge' : 'identity.matches.dismiss')}
          confirmLabel={t(pending.kind === 'merge' ? 'identity.matches.merge' : 'identity.matches.dismiss')}
          onConfirm={() => void confirm()}
          onClose={() => setPending(null)}
          busy={action.busy}
        >
          <p>
            {pending.kind === 'merge'
              ? t('identity.matches.confirmMerge', {
                  from: pending.match.subjectName,
                  into: pending.match.otherName,
                })
              : t('identity.matches.confirmDismiss', {
                  a: pending.match.subjectName,
                  b: pending.match.otherName,
                })}
          </p>
        </ConfirmDialog>
      )}
    </>
  );
}
