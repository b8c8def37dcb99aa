import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseRule, ruleChoices } from '../../../shared/correspondence/kindRules';
import { CorrespondenceKind } from '../../../shared/domain/correspondence';
import { DeadlineRules } from '../../../shared/deadlines';

const rules = DeadlineRules.parse(
  JSON.parse(readFileSync(join(__dirname, '../../../resources/rules/deadline-rules.json'), 'utf8')),
);
const ids = (kind: CorrespondenceKind, j: 'KG' | 'KZ' | 'RU') =>
  ruleChoices(rules, kind, j).map((c) => c.rule.id);

describe('deadline rules per kind and country', () => {
  it('maps each kind to the statutory rule of the country', () => {
    expect(ids('access', 'RU')).toEqual(['ru.access']);
    expect(ids('access', 'KG')).toEqual(['kg.access']);
    expect(ids('correction', 'RU')).toEqual(['ru.correction']);
    expect(ids('blocking', 'RU')).toEqual(['ru.blocking']);
    expect(ids('consentWithdrawal', 'RU')).toEqual(['ru.consentWithdrawal']);
    expect(ids('regulatorRequest', 'KG')).toEqual(['kg.regulatorRequest']);
    expect(ids('access', 'KZ')).toEqual(['kz.access']);
    expect(ids('deletion', 'RU')).toEqual([
      'ru.deletion.onRequest',
      'ru.unlawfulProcessing.stop',
      'ru.unlawfulProcessing.destroy',
      'ru.deletion.purposeAchieved',
    ]);
  });

  it('lets the user choose between the policy claim rule (default) and the consumer law', () => {
    expect(ids('claim', 'KZ')).toEqual(['any.claim.policy', 'kz.claim.consumer']);
    expect(chooseRule(rules, 'claim', 'KZ', '')?.rule.id).toBe('any.claim.policy');
    expect(chooseRule(rules, 'claim', 'KZ', 'kz.claim.consumer')?.rule.id).toBe('kz.claim.consumer');
    expect(chooseRule(rules, 'claim', 'KZ', 'ru.access')).toBeNull();
  });

  it('falls back to the policy period where no statutory rule exists, and never offers hour rules', () => {
    // The default for a RU deletion demand is art. 20 p. 3, not the unlawful-processing rule.
    expect(chooseRule(rules, 'deletion', 'RU', '')?.rule.id).toBe('ru.deletion.onRequest');
    // A request with no statutory rule never gets a rule titled «ответ на претензию».
    expect(ruleChoices(rules, 'correction', 'KZ')).toMatchObject([
      { rule: { id: 'any.request.policy' }, fallback: true },
    ]);
    expect(ruleChoices(rules, 'other', 'RU')).toMatchObject([
      { rule: { id: 'any.request.policy' }, fallback: true },
    ]);
    for (const j of ['KG', 'KZ', 'RU'] as const)
      for (const kind of CorrespondenceKind.options.filter((k) => k !== 'claim'))
        for (const c of ruleChoices(rules, kind, j))
          expect(c.rule.titleRu, `${kind} ${j}`).not.toMatch(/претензи/);
    for (const kind of CorrespondenceKind.options) {
      for (const j of ['KG', 'KZ', 'RU'] as const) {
        const choices = ruleChoices(rules, kind, j);
        expect(choices.filter((c) => c.isDefault)).toHaveLength(1);
        expect(choices.every((c) => c.rule.unit !== 'hours')).toBe(true);
      }
    }
  });
});
