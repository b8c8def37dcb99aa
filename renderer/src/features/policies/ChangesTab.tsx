import { useTranslation } from 'react-i18next';
import type { PolicyVersion } from '../../../../shared/domain/policy';
import type { PolicyClaimTerms } from '../../../../shared/policy/claimTerms';
import { Badge, ErrorBlock, Loading, Section } from '../../components/Layout';
import { useQuery } from '../../hooks/useQuery';
import { showDate } from '../../i18n/format';
import { ClaimTermsNote } from './ClaimTermsNote';

/** The difference against the confirmed version before this one, and what it affects. */
export function ChangesTab({ version, compact = false }: { version: PolicyVersion; compact?: boolean }) {
  const { t } = useTranslation();
  const query = useQuery(`policy-changes:${version.id}`, (api) =>
    api.policies.changes({ versionId: version.id }),
  );
  if (query.error) return <ErrorBlock error={query.error} onRetry={query.reload} />;
  const c = query.data;
  if (!c) return <Loading />;
  const changed = c.clauses.filter((x) => x.status !== 'unchanged');
  const problems = (list: readonly string[]) =>
    list.length === 0
      ? t('policies.changes.none')
      : list.map((p) => t(`labels.recipientProblem.${p}` as 'labels.recipientProblem.noContract')).join('; ');
  const recipients = (
    <Section title={t('policies.changes.recipients')}>
      {c.recipients.length === 0 ? (
        <p className="muted">{t('policies.changes.noRecipients')}</p>
      ) : (
        <ul className="change-list">
          {c.recipients.map((r) => (
            <li key={r.id}>
              <strong>{r.legalName}</strong>: {t('policies.changes.before')} — {problems(r.before)};{' '}
              {t('policies.changes.after')} — {problems(r.after)}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
  const claim = c.claimRule && (
    <Section title={t('policies.changes.claimRule')}>
      <p>
        {t('policies.changes.before')}: <ClaimTermsNote terms={c.claimRule.before as PolicyClaimTerms} />
      </p>
      <p>
        {t('policies.changes.after')}: <ClaimTermsNote terms={c.claimRule.after as PolicyClaimTerms} />
      </p>
    </Section>
  );
  return (
    <div className="policy-changes">
      <p className="muted">
        {c.previous
          ? t('policies.changes.previous', {
              seq: String(c.previous.seq),
              date: showDate(c.previous.effectiveDate),
            })
          : t('policies.changes.first')}
      </p>
      {!compact && c.previous && (
        <Section title={t('policies.changes.clauses')}>
          {changed.length === 0 && <p className="muted">{t('policies.changes.noClauseChanges')}</p>}
          <ul className="change-list">
            {changed.map((x, i) => (
              <li key={i}>
                <Badge tone={x.status === 'removed' ? 'danger' : x.status === 'added' ? 'success' : 'info'}>
                  {t(`policies.changes.status.${x.status}`)}
                </Badge>{' '}
                <strong>п. {x.ref || x.previousRef}</strong>
                {x.status === 'renumbered' && ` (${t('policies.changes.wasNumber', { ref: x.previousRef })})`}
                <p className="clause-diff">
                  {x.words.map((w, j) =>
                    w.op === 'added' ? (
                      <ins key={j}>{w.text}</ins>
                    ) : w.op === 'removed' ? (
                      <del key={j}>{w.text}</del>
                    ) : (
                      <span key={j}>{w.text}</span>
                    ),
                  )}
                </p>
              </li>
            ))}
          </ul>
        </Section>
      )}
      {c.previous && recipients}
      {claim}
      {!compact && c.previous && c.documents.length > 0 && (
        <Section title={t('policies.changes.documents')}>
          <ul className="change-list">
            {c.documents.map((d) => (
              <li key={d.document}>
                {t(`policies.changes.document.${d.document}`)}: п. {d.beforeRef || '—'} → п.{' '}
                {d.afterRef || '—'}
                {d.textChanged && ` (${t('policies.changes.textChanged')})`}
              </li>
            ))}
          </ul>
        </Section>
      )}
    </div>
  );
}
