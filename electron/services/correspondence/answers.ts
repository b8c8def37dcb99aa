import type { Answer, AnswerDecision, AnswerEditData } from '../../../shared/domain/correspondenceAnswer';
import type {
  CorrespondenceKind,
  CorrespondenceStatus,
  Currency,
} from '../../../shared/domain/correspondence';
import { canTransition } from '../../../shared/correspondence/statusWorkflow';
import { answerDefaults, type AnswerDefaults } from '../../../shared/documents/answerTemplates';
import { DomainError } from '../../../shared/ipc/result';
import { actorOf, nowIso, type AppContext } from '../../context';
import type { Queryable } from '../../db/connection';
import {
  insertAnswer,
  itemAnswers,
  updateAnswerContent,
} from '../../db/repositories/correspondenceAnswerRepository';
import { setItemStatus, type ItemRow } from '../../db/repositories/correspondenceRepository';
import { appendAudit } from '../auditTrail';
import { buildAccessReport } from './accessReport';
import { contentOf, mustFindAnswerRow, toAnswer } from './answerMapping';
import { deadlineOf, loadItem, mustFindItemRow, relatedOrders } from './itemMapping';
import { scopeById } from './scope';
import { policyCitationFor } from '../../../shared/policy/citation';
import { setAnswerPolicyVersion } from '../../db/repositories/answerPolicyRepository';
import { policyVersionOn } from '../policy/policyInForce';

export const correspondenceAnswerService = (ctx: AppContext) => {
  const dataDir = ctx.paths.dataDir;
  const load = async (q: Queryable, id: number) => toAnswer(await mustFindAnswerRow(q, id), dataDir);
  const audit = (
    tx: Queryable,
    id: number,
    action: 'create' | 'update',
    before: Answer | null,
    after: Answer,
    now: string,
  ) =>
    appendAudit(
      tx,
      { entity: 'correspondenceAnswer', entityId: id, action, before, after },
      actorOf(ctx),
      now,
    );

  /** The template's text for an item and decision, from the organisation, its settings and the ledger. */
  const defaultsFor = async (tx: Queryable, item: ItemRow, decision: AnswerDecision, now: string) => {
    const scope = await scopeById(ctx, tx, item.organisation_id);
    const report = decision === 'accessAnswer' ? await buildAccessReport(tx, item, now) : null;
    // The terms in force when the item arrived govern it (and are what the letter quotes).
    const policy = policyCitationFor(
      await policyVersionOn(tx, item.organisation_id, item.received_date),
      item.kind as CorrespondenceKind,
    );
    const defaults = answerDefaults({
      kind: item.kind as CorrespondenceKind,
      decision,
      organisation: scope.org,
      item: {
        number: item.number,
        receivedDate: item.received_date,
        senderRefNumber: item.sender_ref_number,
        senderRefDate: item.sender_ref_date ?? '',
        senderName: item.sender_name,
        senderAddress: item.sender_address,
        demands: item.demands,
        amountMinor: item.amount_minor,
        currency: item.currency as Currency | null,
        orders: await relatedOrders(tx, item),
      },
      citation: deadlineOf(item).basis.citation,
      signatory: { position: scope.settings.signatoryPosition, name: scope.settings.signatoryName },
      executor: { name: scope.settings.executorName, contact: scope.settings.executorContact },
      accessReport: report,
      policy,
    });
    return { defaults, report, policyVersionId: policy?.versionId ?? null };
  };

  /** Creating a draft moves the item to answerDrafted where the workflow allows it. */
  const markDrafted = async (tx: Queryable, item: ItemRow, now: string) => {
    if (
      item.status === 'answerDrafted' ||
      !canTransition(item.status as CorrespondenceStatus, 'answerDrafted')
    )
      return;
    const before = await loadItem(tx, item.id);
    await setItemStatus(tx, item.id, 'answerDrafted', now);
    const after = await loadItem(tx, item.id);
    await appendAudit(
      tx,
      { entity: 'correspondenceItem', entityId: item.id, action: 'update', before, after },
      actorOf(ctx),
      now,
    );
  };

  return {
    get: (id: number) => load(ctx.db, id),

    list: async (itemId: number): Promise<Answer[]> => {
      await mustFindItemRow(ctx.db, itemId);
      return (await itemAnswers(ctx.db, itemId)).map((r) => toAnswer(r, dataDir));
    },

    /** The template's fields for the answer's item and a decision (the UI's «reset to template»). */
    template: async (id: number, decision: AnswerDecision): Promise<AnswerDefaults> => {
      const answer = await mustFindAnswerRow(ctx.db, id);
      const item = await mustFindItemRow(ctx.db, answer.item_id);
      return (await defaultsFor(ctx.db, item, decision, nowIso(ctx))).defaults;
    },

    /** A new letter (version 1) filled from the template. */
    create: async (itemId: number, decision: AnswerDecision): Promise<Answer> => {
      const now = nowIso(ctx);
      return ctx.db.transaction(async (tx) => {
        const item = await mustFindItemRow(tx, itemId);
        if (item.status === 'closed') throw new DomainError('CONFLICT', 'errors.correspondence.closed');
        const { defaults, report, policyVersionId } = await defaultsFor(tx, item, decision, now);
        const id = await insertAnswer(
          tx,
          { organisationId: item.organisation_id, itemId, chain: null },
          contentOf(defaults, report),
          now,
        );
        await setAnswerPolicyVersion(tx, id, policyVersionId);
        const after = await load(tx, id);
        await audit(tx, id, 'create', null, after, now);
        await markDrafted(tx, item, now);
        return after;
      });
    },

    /**
     * Saves edits. A draft or registered (not yet sent) letter changes in place; a sent one is frozen,
     * so the edit becomes a new version (new row, version + 1) that will get its own outgoing number.
     */
    update: async (id: number, edit: AnswerEditData): Promise<Answer> => {
      const now = nowIso(ctx);
      return ctx.db.transaction(async (tx) => {
        const row = await mustFindAnswerRow(tx, id);
        const before = toAnswer(row, dataDir);
        const item = await mustFindItemRow(tx, row.item_id);
        const keepReport =
          edit.decision === 'accessAnswer' && !edit.refreshAccessReport ? before.accessReport : null;
        const report =
          edit.decision !== 'accessAnswer' ? null : (keepReport ?? (await buildAccessReport(tx, item, now)));
        const content = contentOf(edit, report);
        if (row.state !== 'sent') {
          await updateAnswerContent(tx, id, content, now);
          const after = await load(tx, id);
          await audit(tx, id, 'update', before, after, now);
          return after;
        }
        if (!before.latest) throw new DomainError('CONFLICT', 'errors.correspondence.notLatestVersion');
        if (item.status === 'closed') throw new DomainError('CONFLICT', 'errors.correspondence.closed');
        const newId = await insertAnswer(
          tx,
          {
            organisationId: row.organisation_id,
            itemId: row.item_id,
            chain: { id: row.chain_id, version: row.version + 1, supersedesId: row.id },
          },
          content,
          now,
        );
        // The new version is edited from the sent one: it cites the same policy version.
        await setAnswerPolicyVersion(tx, newId, row.policy_version_id);
        const after = await load(tx, newId);
        await audit(tx, newId, 'create', null, after, now);
        return after;
      });
    },
  };
};
