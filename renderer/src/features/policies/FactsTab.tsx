import { useTranslation } from 'react-i18next';
import type { PolicyVersion } from '../../../../shared/domain/policy';
import { Badge, Section } from '../../components/Layout';
import { useAction } from '../../hooks/useAction';
import { AREAS, areaOf, factLabel } from './factLabels';

/** The facts by area, each with its clause and quote; on a draft each can be rejected. What was not recognised is listed. */
export function FactsTab({ version }: { version: PolicyVersion }) {
  const { t } = useTranslation();
  const { busy, run } = useAction();
  const draft = version.status === 'draft';
  const setAccepted = async (factId: string, accepted: boolean) => {
    await run((api) => api.policies.setFact({ versionId: version.id, factId, accepted }));
  };
  return (
    <div className="policy-facts">
      <p className="muted">{t('policies.facts.intro')}</p>
      {AREAS.map((area) => {
        const facts = version.facts.filter((f) => areaOf(f) === area);
        const unknown = version.unrecognised.filter((u) => u.area === area);
        return (
          <Section key={area} title={t(`policies.facts.areas.${area}`)}>
            {facts.length > 0 && (
              <ul className="fact-list">
                {facts.map((f) => (
                  <li key={f.id} className={f.accepted ? 'fact' : 'fact is-rejected'}>
                    {draft ? (
                      <label className="check">
                        <input
                          type="checkbox"
                          checked={f.accepted}
                          disabled={busy}
                          onChange={(e) => void setAccepted(f.id, e.target.checked)}
                          aria-label={`${t('policies.facts.accept')}: ${factLabel(t, f)}`}
                        />
                        <span className="fact-label">{factLabel(t, f)}</span>
                      </label>
                    ) : (
                      <span className="fact-label">{factLabel(t, f)}</span>
                    )}
                    <span className="fact-ref">{t('policies.facts.clause', { ref: f.ref })}</span>
                    {f.flags.map((flag) => (
                      <Badge key={flag} tone={flag === 'unitAssumed' ? 'warning' : 'danger'}>
                        {t(`policies.facts.flags.${flag}`)}
                      </Badge>
                    ))}
                    <q className="fact-quote">{f.quote}</q>
                  </li>
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
                  <q>{u.text}</q>
                </p>
              ),
            )}
          </Section>
        );
      })}
    </div>
  );
}
