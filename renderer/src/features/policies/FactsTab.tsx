import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FactArea, PolicyFact, PolicyVersion } from '../../../../shared/domain/policy';
import { Badge, Section } from '../../components/Layout';
import { useToast } from '../../components/Toast';
import { useAction } from '../../hooks/useAction';
import { FactDialog, type FactDialogTarget } from './FactDialog';
import { AREAS, areaOf, factLabel } from './factLabels';

/**
 * The facts by area, each with its clause and quote. On a draft each can be rejected or corrected,
 * the officer adds a fact the extraction did not read (citing its clause) and changes or removes
 * their own. What was not recognised is listed, with a way to state it by hand.
 */
export function FactsTab({ version }: { version: PolicyVersion }) {
  const { t } = useTranslation();
  const { notify } = useToast();
  const { busy, run } = useAction();
  const [dialog, setDialog] = useState<FactDialogTarget | null>(null);
  const draft = version.status === 'draft';
  const firstClause = version.clauses.find((c) => c.ref !== '')?.id ?? '';
  const setAccepted = (factId: string, accepted: boolean) =>
    run((api) => api.policies.setFact({ versionId: version.id, factId, accepted }));
  const remove = async (factId: string) => {
    const result = await run((api) => api.policies.removeFact({ versionId: version.id, factId }));
    if (result.ok) notify(t('policies.facts.removed'));
  };
  const open = (area: FactArea, fact: PolicyFact | null, clauseId = fact?.clauseId ?? firstClause) =>
    setDialog({ area, fact, clauseId });
  return (
    <div className="policy-facts">
      <p className="muted">{draft ? t('policies.facts.intro') : t('policies.facts.introFrozen')}</p>
      {AREAS.map((area) => {
        const facts = version.facts.filter((f) => areaOf(f) === area);
        const unknown = version.unrecognised.filter((u) => u.area === area);
        const title = t(`policies.facts.areas.${area}`);
        return (
          <Section
            key={area}
            title={title}
            actions={
              draft && (
                <button
                  type="button"
                  className="btn btn-small"
                  disabled={busy}
                  aria-label={`${t('policies.facts.add')}: ${title}`}
                  onClick={() => open(area, null)}
                >
                  {t('policies.facts.add')}
                </button>
              )
            }
          >
            {facts.length > 0 && (
              <ul className="fact-list" aria-label={title}>
                {facts.map((f) => (
                  <FactItem
                    key={f.id}
                    fact={f}
                    draft={draft}
                    busy={busy}
                    onAccept={(accepted) => void setAccepted(f.id, accepted)}
                    onEdit={() => open(area, f)}
                    onRemove={() => void remove(f.id)}
                  />
                ))}
              </ul>
            )}
            {unknown.map((u, i) =>
              u.clauseId === null ? (
                <p key={i} className="fact-missing">
                  <Badge tone="warning">{t('policies.facts.notFound')}</Badge>
                </p>
              ) : (
                <p key={i} className="fact-unknown">
                  <Badge tone="warning">{t('policies.facts.unrecognised')}</Badge>{' '}
                  <span className="fact-ref">{t('policies.facts.clause', { ref: u.ref })}</span>{' '}
                  <q>{u.text}</q>{' '}
                  {draft && u.ref !== '' && (
                    <button
                      type="button"
                      className="btn btn-small btn-ghost"
                      disabled={busy}
                      onClick={() => open(area, null, u.clauseId ?? firstClause)}
                    >
                      {t('policies.facts.addFor', { ref: u.ref })}
                    </button>
                  )}
                </p>
              ),
            )}
          </Section>
        );
      })}
      {dialog && <FactDialog version={version} target={dialog} onClose={() => setDialog(null)} />}
    </div>
  );
}

interface FactItemProps {
  fact: PolicyFact;
  draft: boolean;
  busy: boolean;
  onAccept: (accepted: boolean) => void;
  onEdit: () => void;
  onRemove: () => void;
}

function FactItem({ fact: f, draft, busy, onAccept, onEdit, onRemove }: FactItemProps) {
  const { t } = useTranslation();
  const label = factLabel(t, f);
  const officer = f.origin === 'officer';
  return (
    <li className={f.accepted ? 'fact' : 'fact is-rejected'}>
      {draft ? (
        <label className="check">
          <input
            type="checkbox"
            checked={f.accepted}
            disabled={busy}
            onChange={(e) => onAccept(e.target.checked)}
            aria-label={`${t('policies.facts.accept')}: ${label}`}
          />
          <span className="fact-label">{label}</span>
        </label>
      ) : (
        <span className="fact-label">{label}</span>
      )}
      <span className="fact-ref">{t('policies.facts.clause', { ref: f.ref })}</span>
      {officer && (
        <Badge tone="info">
          {f.corrects ? t('policies.facts.corrected') : t('policies.facts.byOfficer')}
        </Badge>
      )}
      {f.flags.map((flag) => (
        <Badge key={flag} tone={flag === 'unitAssumed' ? 'warning' : 'danger'}>
          {t(`policies.facts.flags.${flag}`)}
        </Badge>
      ))}
      {draft && (
        <span className="fact-actions">
          <button
            type="button"
            className="btn btn-small btn-ghost"
            disabled={busy}
            aria-label={`${officer ? t('policies.facts.edit') : t('policies.facts.correct')}: ${label}`}
            onClick={onEdit}
          >
            {officer ? t('policies.facts.edit') : t('policies.facts.correct')}
          </button>
          {officer && (
            <button
              type="button"
              className="btn btn-small btn-ghost"
              disabled={busy}
              aria-label={`${t('policies.facts.remove')}: ${label}`}
              onClick={onRemove}
            >
              {t('policies.facts.remove')}
            </button>
          )}
        </span>
      )}
      <q className="fact-quote">{f.quote}</q>
    </li>
  );
}
