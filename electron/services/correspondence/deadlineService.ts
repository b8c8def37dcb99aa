import type { CorrespondenceKind } from '../../../shared/domain/correspondence';
import type { DeadlinePreview, RuleOption } from '../../../shared/domain/correspondenceDeadline';
import { ruleChoices } from '../../../shared/correspondence/kindRules';
import { renderCitation } from '../../../shared/deadlines';
import type { AppContext } from '../../context';
import { itemDeadlineOf, runDeadline } from './itemDeadline';
import { resolveRule } from './itemValues';
import { ensureCalendars, scopeById } from './scope';

export const deadlineService = (ctx: AppContext) => ({
  /** The rules the user may choose for a kind in the organisation's country; the default is marked. */
  rules: async (organisationId: number, kind: CorrespondenceKind): Promise<RuleOption[]> => {
    await ensureCalendars(ctx);
    const scope = await scopeById(ctx, ctx.db, organisationId);
    return ruleChoices(scope.rules, kind, scope.org.jurisdiction).map(({ rule, isDefault, fallback }) => ({
      ruleId: rule.id,
      titleRu: rule.titleRu,
      titleEn: rule.titleEn,
      citation:
        renderCitation(rule.citation, scope.deadline.policyClause) ??
        rule.citation.replace('{policyClause}', '[номер не указан]'),
      amount: rule.amount,
      unit: rule.unit,
      startEvent: rule.startEvent,
      extension: rule.extension ?? null,
      verify: rule.verify,
      isDefault,
      fallback,
    }));
  },

  /** The deadline an item would get, without registering it. */
  preview: async (p: {
    organisationId: number;
    kind: CorrespondenceKind;
    ruleId: string;
    receivedDate: string;
    startDate: string;
  }): Promise<DeadlinePreview> => {
    await ensureCalendars(ctx);
    const scope = await scopeById(ctx, ctx.db, p.organisationId);
    const rule = resolveRule(scope, p.kind, p.ruleId);
    const result = runDeadline(rule, p.startDate || p.receivedDate, scope.deadline, [], [], 'receivedDate');
    const d = itemDeadlineOf(rule, result, ctx.clock.now().toISOString());
    return {
      basis: d.basis,
      originalDueDate: d.originalDueDate,
      shiftedFrom: d.shiftedFrom,
      warnings: d.warnings,
    };
  },
});
