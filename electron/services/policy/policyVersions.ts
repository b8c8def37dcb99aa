import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Organisation } from '../../../shared/domain/organisation';
import type {
  ClauseEdit,
  PolicyFact,
  PolicySourceKind,
  PolicyVersion,
  PolicyVersionSummary,
} from '../../../shared/domain/policy';
import { localIsoDate } from '../../../shared/format/date';
import { DomainError } from '../../../shared/ipc/result';
import { applyClauseEdit, ClauseEditError } from '../../../shared/policy/clauseEdits';
import { extractFacts } from '../../../shared/policy/extract/index';
import {
  carryOfficerFacts,
  FactInputError,
  removeOfficerFact,
  saveOfficerFact,
  withLawCourtFlags,
} from '../../../shared/policy/officerFacts';
import { parseClauses } from '../../../shared/policy/parseClauses';
import type { PolicyFactValues } from '../../../shared/domain/policyFactInput';
import { registerPolicyOf } from '../../../shared/policy/registerPolicy';
import { actorOf, nowIso, type AppContext } from '../../context';
import type { Queryable } from '../../db/connection';
import { findOrganisation } from '../../db/repositories/organisationRepository';
import {
  confirmPolicyVersion,
  insertPolicyVersion,
  listPolicyVersions,
  policyVersionInForce,
  updateDraftReading,
  withdrawPolicyVersion,
} from '../../db/repositories/policyRepository';
import { PolicyFileError } from '../../policy/policyFileError';
import { POLICY_FILE_MAX_BYTES, policyKindOf } from '../../policy/policyText';
import type { PolicyReading } from '../../policy/workerMessages';
import { appendAudit } from '../auditTrail';
import { ensurePurposeKinds } from './purposeKinds';
import { auditSnapshot, mustFindVersionRow, toSummary, toVersion } from './policyMapping';
import { readPolicyInWorker } from './policyReader';

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

const fileError = (error: unknown): never => {
  if (error instanceof PolicyFileError)
    throw new DomainError('VALIDATION', error.message, { file: [error.message] });
  throw error;
};

/** An officer's fact that cannot be kept as asked, in the app's error shape (next to its field). */
const factError = (error: unknown): never => {
  if (!(error instanceof FactInputError)) throw error;
  if (error.message === 'errors.notFound') throw new DomainError('NOT_FOUND', error.message);
  if (error.field === 'factId') throw new DomainError('CONFLICT', error.message);
  throw new DomainError('VALIDATION', error.message, { [error.field]: [error.message] });
};

const attempt = <T>(fn: () => T): T => {
  try {
    return fn();
  } catch (error) {
    return factError(error);
  }
};

/** Keeps the officer's rejections of facts that are read again after a clause fix. */
const keepDecisions = (fresh: PolicyFact[], previous: readonly PolicyFact[]): PolicyFact[] => {
  const rejected = new Set(previous.filter((f) => !f.accepted).map((f) => f.id));
  return fresh.map((f) => (rejected.has(f.id) ? { ...f, accepted: false } : f));
};

const readingColumns = (r: Pick<PolicyReading, 'clauses' | 'warnings' | 'facts' | 'unrecognised'>) => ({
  clauses: JSON.stringify(r.clauses),
  warnings: JSON.stringify(r.warnings),
  facts: JSON.stringify(r.facts),
  unrecognised: JSON.stringify(r.unrecognised),
});

/**
 * Policy versions of an organisation: loaded from a file or pasted text (read in the policy worker),
 * stored with the effective date, the source's SHA-256 and who loaded it; the clause split and the
 * facts are fixed on the draft; confirming freezes the version. Every write is audited.
 */
export const policyService = (ctx: AppContext) => {
  const today = () => localIsoDate(ctx.clock.now());
  const inForceId = async (q: Queryable, organisationId: number) =>
    (await policyVersionInForce(q, organisationId, today()))?.id ?? null;
  const load = async (q: Queryable, id: number): Promise<PolicyVersion> => {
    const row = await mustFindVersionRow(q, id);
    return toVersion(row, await inForceId(q, row.organisation_id));
  };
  const audit = (
    tx: Queryable,
    id: number,
    before: PolicyVersion | null,
    after: PolicyVersion,
    now: string,
  ) =>
    appendAudit(
      tx,
      {
        entity: 'policyVersion',
        entityId: id,
        action: before ? 'update' : 'create',
        before: before ? auditSnapshot(before) : null,
        after: auditSnapshot(after),
      },
      actorOf(ctx),
      now,
    );

  const activeOrganisation = async (q: Queryable, id: number): Promise<Organisation> => {
    const org = await findOrganisation(q, id);
    if (!org)
      throw new DomainError('VALIDATION', 'errors.validation', { organisationId: ['errors.notFound'] });
    if (org.archivedAt) throw new DomainError('CONFLICT', 'errors.archived');
    return org;
  };

  const store = async (
    p: { organisationId: number; effectiveDate: string; title: string },
    source: { kind: PolicySourceKind; fileName: string; sha256: string; size: number },
    reading: PolicyReading,
  ): Promise<PolicyVersion> => {
    const now = nowIso(ctx);
    const actor = actorOf(ctx);
    return ctx.db.transaction(async (tx) => {
      await activeOrganisation(tx, p.organisationId);
      const id = await insertPolicyVersion(
        tx,
        {
          ...p,
          sourceKind: source.kind,
          fileName: source.fileName,
          sourceSha256: source.sha256,
          sourceSize: source.size,
          text: reading.text,
          actorOs: actor.os,
          actorPerson: actor.person,
          reading: readingColumns(reading),
        },
        now,
      );
      const after = await load(tx, id);
      await audit(tx, id, null, after, now);
      return after;
    });
  };

  /** A change of a draft: the fix is applied to the stored split, facts are read again. */
  const changeDraft = async (
    versionId: number,
    change: (v: PolicyVersion, org: Organisation) => Omit<PolicyReading, 'text'>,
  ): Promise<PolicyVersion> => {
    const now = nowIso(ctx);
    return ctx.db.transaction(async (tx) => {
      const before = await load(tx, versionId);
      if (before.status !== 'draft') throw new DomainError('CONFLICT', 'errors.policy.notDraft');
      const org = await activeOrganisation(tx, before.organisationId);
      await updateDraftReading(tx, versionId, readingColumns(change(before, org)), now);
      const after = await load(tx, versionId);
      await audit(tx, versionId, before, after, now);
      return after;
    });
  };

  return {
    list: async (organisationId: number): Promise<PolicyVersionSummary[]> => {
      const inForce = await inForceId(ctx.db, organisationId);
      return (await listPolicyVersions(ctx.db, organisationId)).map((r) => toSummary(r, inForce));
    },

    get: (id: number) => load(ctx.db, id),

    /** Opens the file dialog; null when cancelled. A file that cannot be read changes nothing. */
    loadFile: async (p: {
      organisationId: number;
      effectiveDate: string;
      title: string;
    }): Promise<PolicyVersion | null> => {
      const org = await activeOrganisation(ctx.db, p.organisationId);
      const path = await ctx.dialogs.openFile({
        title: 'Политика конфиденциальности',
        filters: [
          {
            name: 'Политика (DOCX, PDF, HTML, TXT, MD)',
            extensions: ['docx', 'pdf', 'html', 'htm', 'txt', 'md'],
          },
        ],
      });
      if (path === null) return null;
      const fileName = basename(path);
      const reading = await (async () => {
        const kind = policyKindOf(fileName);
        const size = (await stat(path)).size;
        if (size > POLICY_FILE_MAX_BYTES) throw new PolicyFileError('tooLarge');
        const bytes = await readFile(path);
        const result = await readPolicyInWorker(ctx, { bytes, kind }, org.jurisdiction);
        return { kind, bytes, result };
      })().catch(fileError);
      return store(
        p,
        { kind: reading.kind, fileName, sha256: sha256(reading.bytes), size: reading.bytes.byteLength },
        reading.result,
      );
    },

    loadText: async (p: { organisationId: number; effectiveDate: string; title: string; text: string }) => {
      const org = await activeOrganisation(ctx.db, p.organisationId);
      const reading = await readPolicyInWorker(ctx, { text: p.text }, org.jurisdiction).catch(fileError);
      const bytes = Buffer.from(p.text, 'utf8');
      return store(
        p,
        { kind: 'pasted', fileName: '', sha256: sha256(bytes), size: bytes.byteLength },
        reading,
      );
    },

    /**
     * Text shipped with the app (the demo shops' policies): trusted, so it is read in this process
     * instead of the policy worker (which exists for files and pastes from outside).
     */
    loadShippedText: async (p: {
      organisationId: number;
      effectiveDate: string;
      title: string;
      text: string;
    }) => {
      const org = await activeOrganisation(ctx.db, p.organisationId);
      const { clauses, warnings } = parseClauses(p.text);
      const reading = { text: p.text, clauses, warnings, ...extractFacts(clauses, org.jurisdiction) };
      const bytes = Buffer.from(p.text, 'utf8');
      return store(
        p,
        { kind: 'pasted', fileName: '', sha256: sha256(bytes), size: bytes.byteLength },
        reading,
      );
    },

    editClauses: (versionId: number, edit: ClauseEdit) =>
      changeDraft(versionId, (v, org) => {
        let split;
        try {
          split = applyClauseEdit(v.text, v.clauses, edit);
        } catch (error) {
          if (error instanceof ClauseEditError)
            throw new DomainError('VALIDATION', error.message, { edit: [error.message] });
          throw error;
        }
        const { facts, unrecognised } = extractFacts(split.clauses, org.jurisdiction);
        return {
          clauses: split.clauses,
          warnings: split.warnings,
          // The officer's own facts follow their clauses; a clause they cite cannot vanish.
          facts: attempt(() => carryOfficerFacts(keepDecisions(facts, v.facts), v, split.clauses)),
          unrecognised,
        };
      }),

    setFact: (versionId: number, factId: string, accepted: boolean) =>
      changeDraft(versionId, (v) => {
        if (!v.facts.some((f) => f.id === factId)) throw new DomainError('NOT_FOUND', 'errors.notFound');
        return {
          ...v,
          facts: withLawCourtFlags(v.facts.map((f) => (f.id === factId ? { ...f, accepted } : f))),
        };
      }),

    /**
     * The officer states a fact the extraction did not read (or corrects one it read wrongly), citing
     * a clause of this version; on a draft only, audited like every change of it.
     */
    saveFact: (versionId: number, factId: string | null, fields: PolicyFactValues) =>
      changeDraft(versionId, (v, org) => ({
        ...v,
        facts: attempt(() => saveOfficerFact(v, factId, fields, org.jurisdiction)),
      })),

    /** Removes an officer's own fact from a draft (an extracted one is rejected instead). */
    removeFact: (versionId: number, factId: string) =>
      changeDraft(versionId, (v) => ({ ...v, facts: attempt(() => removeOfficerFact(v.facts, factId)) })),

    /** Freezes the draft; its accepted facts become what the register is checked against. */
    confirm: async (versionId: number): Promise<PolicyVersion> => {
      const now = nowIso(ctx);
      const confirmed = await ctx.db.transaction(async (tx) => {
        const before = await load(tx, versionId);
        if (before.status !== 'draft') throw new DomainError('CONFLICT', 'errors.policy.notDraft');
        await activeOrganisation(tx, before.organisationId);
        if (!before.clauses.some((c) => c.number !== ''))
          throw new DomainError('CONFLICT', 'errors.policy.noClauses');
        const register = registerPolicyOf(versionId, before.effectiveDate, before.facts);
        await confirmPolicyVersion(
          tx,
          versionId,
          actorOf(ctx),
          {
            policy: JSON.stringify(register),
            kinds: JSON.stringify(register.recipientKinds),
            stateCountry: register.stateCountry,
            data: JSON.stringify(register.dataCategories),
            purposes: JSON.stringify(register.purposeKinds),
            consent: JSON.stringify(register.consentKinds),
          },
          now,
        );
        const after = await load(tx, versionId);
        await audit(tx, versionId, before, after, now);
        return after;
      });
      await ensurePurposeKinds(ctx);
      return confirmed;
    },

    /** A draft loaded by mistake is withdrawn (kept as evidence, never deleted). */
    withdraw: async (versionId: number): Promise<PolicyVersion> => {
      const now = nowIso(ctx);
      return ctx.db.transaction(async (tx) => {
        const before = await load(tx, versionId);
        if (before.status !== 'draft') throw new DomainError('CONFLICT', 'errors.policy.notDraft');
        await withdrawPolicyVersion(tx, versionId, now);
        const after = await load(tx, versionId);
        await audit(tx, versionId, before, after, now);
        return after;
      });
    },
  };
};

export type PolicyService = ReturnType<typeof policyService>;
