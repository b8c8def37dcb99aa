import type { PolicyVersion } from '../../../shared/domain/policy';
import type { CitingDocument, PolicyChanges } from '../../../shared/domain/policyChanges';
import { localIsoDate } from '../../../shared/format/date';
import { policyCitationFor } from '../../../shared/policy/citation';
import { claimTermsOf } from '../../../shared/policy/claimTerms';
import { diffClauses } from '../../../shared/policy/policyDiff';
import { registerPolicyOf, type RegisterPolicy } from '../../../shared/policy/registerPolicy';
import type { AppContext } from '../../context';
import type { Queryable } from '../../db/connection';
import { previousConfirmedVersion } from '../../db/repositories/policyRepository';
import { allActiveRecipients } from '../../db/repositories/recipientRepository';
import { toRecipient } from '../recipientMapping';
import { mustFindVersionRow, toVersion } from './policyMapping';

/** The clause each letter quotes and its text, in one version. */
const citations = (v: PolicyVersion | null): Record<CitingDocument, { ref: string; text: string }> => {
  const quoted = (kind: 'claim' | 'blocking') => policyCitationFor(v, kind)?.quoted ?? { ref: '', text: '' };
  const factClauses = (type: 'informingPromise' | 'recipientKind') => {
    const facts = v?.facts.filter((f) => f.type === type && f.accepted) ?? [];
    const ids = [...new Set(facts.map((f) => f.clauseId))];
    return {
      ref: [...new Set(facts.map((f) => f.ref))].join(', '),
      text: ids.map((id) => v?.clauses.find((c) => c.id === id)?.text ?? '').join('\n'),
    };
  };
  return {
    claimAnswer: quoted('claim'),
    blockingAnswer: quoted('blocking'),
    breachNotice: factClauses('informingPromise'),
    transferNotice: factClauses('recipientKind'),
  };
};

const sameTerms = (a: unknown, b: unknown) =>
  JSON.stringify({ ...(a as object), versionId: 0, effectiveDate: '', quote: '' }) ===
  JSON.stringify({ ...(b as object), versionId: 0, effectiveDate: '', quote: '' });

/** What confirming `versionId` changes against the confirmed version before it. */
export const policyChanges = async (
  ctx: AppContext,
  q: Queryable,
  versionId: number,
): Promise<PolicyChanges> => {
  const row = await mustFindVersionRow(q, versionId);
  const version = toVersion(row, null);
  const previousRow = await previousConfirmedVersion(q, row.organisation_id, row.id, row.effective_date);
  const previous = previousRow ? toVersion(previousRow, null) : null;
  const registerOf = (v: PolicyVersion | null): RegisterPolicy | null =>
    v ? registerPolicyOf(v.id, v.effectiveDate, v.facts) : null;
  const today = localIsoDate(ctx.clock.now());
  const recipients = (await allActiveRecipients(q, row.organisation_id))
    .map((r) => {
      const before = toRecipient(r, today, registerOf(previous)).policyFindings.map((f) => f.problem);
      const after = toRecipient(r, today, registerOf(version)).policyFindings.map((f) => f.problem);
      return { id: r.id, legalName: r.legal_name, before, after };
    })
    .filter((r) => JSON.stringify(r.before) !== JSON.stringify(r.after));
  const termsBefore = claimTermsOf(previous);
  const termsAfter = claimTermsOf(version);
  const citedBefore = citations(previous);
  const citedAfter = citations(version);
  const documents = (Object.keys(citedAfter) as CitingDocument[])
    .map((document) => ({
      document,
      beforeRef: citedBefore[document].ref,
      afterRef: citedAfter[document].ref,
      textChanged: citedBefore[document].text !== citedAfter[document].text,
    }))
    .filter((d) => d.beforeRef !== d.afterRef || d.textChanged);
  return {
    previous: previous
      ? { id: previous.id, seq: previous.seq, effectiveDate: previous.effectiveDate, title: previous.title }
      : null,
    clauses: diffClauses(previous?.clauses ?? [], version.clauses),
    recipients,
    claimRule: sameTerms(termsBefore, termsAfter) ? null : { before: termsBefore, after: termsAfter },
    documents,
  };
};
