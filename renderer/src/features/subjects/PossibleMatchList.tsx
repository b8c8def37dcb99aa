import { ArrowLeftRight } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { PossibleMatch } from '../../../../shared/domain/ledger';
import { matchWhy } from './matchWhy';
import { MatchActions, useMatchDecision } from './useMatchDecision';

/** The open possible matches of one subject (its card), each with the officer's two answers. */
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
  const decision = useMatchDecision(onChanged);
  const open = items.filter((m) => m.status === 'open');
  if (open.length === 0) return <p className="muted">{t('identity.matches.empty')}</p>;

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
            <MatchActions match={m} ask={decision.ask} />
          </li>
        ))}
      </ul>
      {decision.dialog}
    </>
  );
}
