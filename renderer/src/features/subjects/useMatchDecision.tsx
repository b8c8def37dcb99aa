import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PossibleMatch } from '../../../../shared/domain/ledger';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useToast } from '../../components/Toast';
import { useAction } from '../../hooks/useAction';

type Decision = 'merge' | 'dismiss';

/**
 * The officer's two answers to a possible match: merge (the later subject into the earlier one) or
 * "different people". Both ask first; both are audited; a merge can be undone from the card.
 */
export function useMatchDecision(onChanged: () => void) {
  const { t } = useTranslation();
  const { notify } = useToast();
  const action = useAction();
  const [pending, setPending] = useState<{ kind: Decision; match: PossibleMatch } | null>(null);

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

  const dialog = pending && (
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
  );

  return { ask: (kind: Decision, match: PossibleMatch) => setPending({ kind, match }), dialog };
}

/** The two answer buttons of one pair. */
export function MatchActions({
  match,
  ask,
}: {
  match: PossibleMatch;
  ask: (kind: Decision, m: PossibleMatch) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="match-actions">
      <button type="button" className="btn" onClick={() => ask('merge', match)}>
        {t('identity.matches.merge')}
      </button>
      <button type="button" className="btn" onClick={() => ask('dismiss', match)}>
        {t('identity.matches.dismiss')}
      </button>
    </div>
  );
}
