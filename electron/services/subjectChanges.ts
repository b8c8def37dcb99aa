import type { NewSubject } from '../../shared/domain/ledger';
import { normaliseEmail, normalisePhone } from '../../shared/imports/normalise';
import { DomainError } from '../../shared/ipc/result';
import { nameSignature } from '../../shared/ledger/personName';
import { actorOf, nowIso, type AppContext } from '../context';
import type { Queryable } from '../db/connection';
import { findOrganisation } from '../db/repositories/organisationRepository';
import {
  findChange,
  findPossibleMatch,
  resolveMatchesBetween,
  setMatchStatus,
  type MovedRecords,
} from '../db/repositories/possibleMatchRepository';
import {
  addKeys,
  insertChange,
  insertSubject,
  keysOfSubject,
  laterChanges,
  incidentsScopingSubjects,
  markChangeUndone,
  markScopesOutdated,
  moveOrders,
  ordersOfSubject,
  referencingIds,
  relink,
  removeKeys,
  setMergedInto,
  subjectRow,
} from '../db/repositories/subjectChangeRepository';
import { addTerms, derivedSubjectTerms, withSubjectTerms } from '../db/repositories/termRepository';
import { appendAudit } from './auditTrail';
import { loadIncident } from './breaches/mapping';
import { auditIncident } from './breaches/incidents';
import { assertNoImportRunning } from './imports/jobs';
import { subjectCountCache } from './subjectCounts';

const liveSubject = async (q: Queryable, id: number) => {
  const s = await subjectRow(q, id);
  if (!s) throw new DomainError('NOT_FOUND', 'errors.notFound');
  if (s.merged_into !== null) throw new DomainError('CONFLICT', 'errors.subjects.merged');
  return s;
};

/**
 * The officer's changes to the ledger's identities: a subject added by hand, merging two subjects,
 * splitting orders and keys off a subject, and undoing a merge or split. Each is one transaction with
 * its audit entry; each records exactly what moved, so it can be undone; saved breach scopes that
 * involve the subjects are marked outdated (kept as saved).
 */
export const subjectChangeService = (ctx: AppContext) => {
  const write = async <T>(work: (tx: Queryable, now: string) => Promise<T>): Promise<T> => {
    assertNoImportRunning(ctx);
    const result = await ctx.db.transaction((tx) => work(tx, nowIso(ctx)));
    subjectCountCache(ctx).invalidate();
    return result;
  };
  /** Marks the saved breach scopes of these subjects outdated, with an audit entry per incident. */
  const outdateScopes = async (tx: Queryable, subjects: number[], reason: string, now: string) => {
    const incidents = await incidentsScopingSubjects(tx, subjects);
    const before = [];
    for (const id of incidents) before.push(await loadIncident(ctx, tx, id));
    await markScopesOutdated(tx, incidents, reason, now);
    for (const [i, id] of incidents.entries())
      await auditIncident(ctx, tx, id, 'update', before[i] ?? null, now);
  };
  const audit = (
    tx: Queryable,
    now: string,
    entityId: number,
    action: 'create' | 'merge' | 'split' | 'undo' | 'dismiss',
    after: object,
    entity: 'subject' | 'possibleMatch' = 'subject',
  ) => appendAudit(tx, { entity, entityId, action, before: null, after }, actorOf(ctx), now);

  return {
    create: async (input: NewSubject): Promise<{ id: number }> => {
      const organisation = await findOrganisation(ctx.db, input.organisationId);
      if (!organisation) throw new DomainError('NOT_FOUND', 'errors.notFound');
      const phone = input.phone === '' ? null : normalisePhone(input.phone, organisation.jurisdiction);
      if (input.phone !== '' && phone === null)
        throw new DomainError('VALIDATION', 'errors.validation', { phone: ['validation.phone'] });
      const email = input.email === '' ? null : normaliseEmail(input.email);
      return write(async (tx, now) => {
        const id = await insertSubject(tx, {
          organisationId: organisation.id,
          fullName: input.fullName,
          nameKey: nameSignature(input.fullName),
          address: input.address,
          origin: 'manual',
          note: input.note,
          now,
        });
        const keys = [
          ...(phone ? [{ kind: 'phone' as const, value: phone, orderId: null, importId: null }] : []),
          ...(email ? [{ kind: 'email' as const, value: email, orderId: null, importId: null }] : []),
        ];
        await addKeys(tx, organisation.id, id, keys);
        await addTerms(tx, await derivedSubjectTerms(tx, [id]));
        await audit(tx, now, id, 'create', { ...input, phone, email });
        return { id };
      });
    },

    merge: async (m: { intoId: number; fromId: number; reason: string; possibleMatchId: number | null }) =>
      write(async (tx, now) => {
        if (m.intoId === m.fromId) throw new DomainError('VALIDATION', 'errors.subjects.sameSubject');
        const into = await liveSubject(tx, m.intoId);
        const from = await liveSubject(tx, m.fromId);
        if (into.organisation_id !== from.organisation_id)
          throw new DomainError('NOT_FOUND', 'errors.notFound');
        const moved: MovedRecords = {
          buyerOrders: await ordersOfSubject(tx, from.id, 'buyer'),
          consigneeOrders: await ordersOfSubject(tx, from.id, 'consignee'),
          keys: await keysOfSubject(tx, from.id),
          items: await referencingIds(tx, 'correspondence_items', from.id),
          blocks: await referencingIds(tx, 'subject_blocks', from.id),
          createdTarget: false,
          addedKeys: [],
        };
        await withSubjectTerms(tx, [into.id, from.id], async () => {
          await moveOrders(tx, from.id, into.id, moved.buyerOrders, moved.consigneeOrders, null);
          moved.addedKeys = await addKeys(tx, into.organisation_id, into.id, moved.keys);
          await removeKeys(tx, from.id, moved.keys);
          await relink(tx, 'correspondence_items', moved.items, into.id);
          await relink(tx, 'subject_blocks', moved.blocks, into.id);
          await setMergedInto(tx, from.id, into.id);
        });
        await resolveMatchesBetween(tx, into.id, from.id, 'merged', now);
        await outdateScopes(tx, [into.id, from.id], 'merge', now);
        const actor = actorOf(ctx);
        const changeId = await insertChange(tx, {
          organisationId: into.organisation_id,
          kind: 'merge',
          from: from.id,
          to: into.id,
          moved,
          reason: m.reason,
          now,
          actorOs: actor.os,
          actorPerson: actor.person,
        });
        await audit(tx, now, into.id, 'merge', {
          changeId,
          from: from.id,
          fromName: from.full_name,
          into: into.id,
          reason: m.reason,
          ...moved,
        });
        return { changeId };
      }),

    split: async (s: {
      fromId: number;
      orderIds: number[];
      keys: { kind: 'phone' | 'email'; value: string }[];
      toId: number | null;
      newName: string;
      reason: string;
    }) =>
      write(async (tx, now) => {
        const from = await liveSubject(tx, s.fromId);
        const buyer = (await ordersOfSubject(tx, from.id, 'buyer')).filter((id) => s.orderIds.includes(id));
        const consignee = (await ordersOfSubject(tx, from.id, 'consignee')).filter((id) =>
          s.orderIds.includes(id),
        );
        const held = await keysOfSubject(tx, from.id);
        const keys = held.filter((k) => s.keys.some((x) => x.kind === k.kind && x.value === k.value));
        if (buyer.length + consignee.length !== s.orderIds.length || keys.length !== s.keys.length)
          throw new DomainError('VALIDATION', 'errors.subjects.notOfSubject');
        if (buyer.length + consignee.length + keys.length === 0)
          throw new DomainError('VALIDATION', 'errors.subjects.nothingToMove');
        const target =
          s.toId === null
            ? await insertSubject(tx, {
                organisationId: from.organisation_id,
                fullName: s.newName || from.full_name,
                nameKey: nameSignature(s.newName || from.full_name),
                address: '',
                origin: 'split',
                note: '',
                now,
              })
            : (await liveSubject(tx, s.toId)).id;
        if (target === from.id) throw new DomainError('VALIDATION', 'errors.subjects.sameSubject');
        const moved: MovedRecords = {
          buyerOrders: buyer,
          consigneeOrders: consignee,
          keys,
          items: [],
          blocks: [],
          createdTarget: s.toId === null,
          addedKeys: [],
        };
        await withSubjectTerms(tx, [from.id, target], async () => {
          await moveOrders(tx, from.id, target, buyer, consignee, null);
          moved.addedKeys = await addKeys(tx, from.organisation_id, target, keys);
          await removeKeys(tx, from.id, keys);
        });
        await outdateScopes(tx, [from.id, target], 'split', now);
        const actor = actorOf(ctx);
        const changeId = await insertChange(tx, {
          organisationId: from.organisation_id,
          kind: 'split',
          from: from.id,
          to: target,
          moved,
          reason: s.reason,
          now,
          actorOs: actor.os,
          actorPerson: actor.person,
        });
        await audit(tx, now, from.id, 'split', {
          changeId,
          from: from.id,
          to: target,
          reason: s.reason,
          ...moved,
        });
        return { changeId, subjectId: target };
      }),

    undoChange: async (changeId: number) =>
      write(async (tx, now) => {
        const change = await findChange(tx, changeId);
        if (!change) throw new DomainError('NOT_FOUND', 'errors.notFound');
        if (change.undone_at) throw new DomainError('CONFLICT', 'errors.subjects.alreadyUndone');
        const { from_subject_id: from, to_subject_id: to, moved } = change;
        const later = await laterChanges(tx, changeId, [from, to]);
        // The translated sentence names no ids: the card lists the later changes with their own undo.
        if (later.length > 0) throw new DomainError('CONFLICT', 'errors.subjects.laterChanges');
        await withSubjectTerms(tx, [from, to], async () => {
          await moveOrders(
            tx,
            to,
            from,
            moved.buyerOrders,
            moved.consigneeOrders,
            change.kind === 'split' ? null : null,
          );
          await removeKeys(tx, to, moved.addedKeys);
          await addKeys(tx, change.organisation_id, from, moved.keys);
          await relink(tx, 'correspondence_items', moved.items, from);
          await relink(tx, 'subject_blocks', moved.blocks, from);
          if (change.kind === 'merge') await setMergedInto(tx, from, null);
          // A subject the split created is kept as evidence, folded back into its origin.
          else if (moved.createdTarget) await setMergedInto(tx, to, from);
        });
        if (change.kind === 'merge') await resolveMatchesBetween(tx, from, to, 'open', now);
        await outdateScopes(tx, [from, to], 'undo', now);
        await markChangeUndone(tx, changeId, now);
        await audit(tx, now, change.kind === 'merge' ? to : from, 'undo', {
          changeId,
          kind: change.kind,
          from,
          to,
        });
        return null;
      }),

    dismissMatch: async (id: number) =>
      write(async (tx, now) => {
        const match = await findPossibleMatch(tx, id);
        if (!match) throw new DomainError('NOT_FOUND', 'errors.notFound');
        await setMatchStatus(tx, id, 'dismissed', now);
        await audit(
          tx,
          now,
          id,
          'dismiss',
          { subjectId: match.subjectId, otherId: match.otherId },
          'possibleMatch',
        );
        return null;
      }),
  };
};
