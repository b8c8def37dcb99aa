import { describe, expect, it } from 'vitest';
import type { PolicyFact } from '../../../shared/domain/policy';
import { extractFacts } from '../../../shared/policy/extract/index';
import { applyClauseEdit } from '../../../shared/policy/clauseEdits';
import {
  carryOfficerFacts,
  FactInputError,
  removeOfficerFact,
  saveOfficerFact,
} from '../../../shared/policy/officerFacts';
import { parseClauses } from '../../../shared/policy/parseClauses';

const TEXT =
  '1. Хранение\n1.1. Данные хранятся без ограничения срока.\n1.2. Иное.\n2. Право\n2.1. Применяется законодательство Республики Казахстан.\n';
const version = () => {
  const { clauses } = parseClauses(TEXT);
  return { text: TEXT, clauses, facts: extractFacts(clauses, 'KG').facts };
};
const refused = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error instanceof FactInputError ? [error.field, error.message] : error;
  }
  return null;
};

describe('facts stated by the officer', () => {
  it('raise the flags the extraction would: unlimited retention, the law of another country', () => {
    const v = version();
    const retention = v.facts.find((f) => f.type === 'retention');
    const facts = saveOfficerFact(
      v,
      retention?.id ?? null,
      { type: 'retention', value: 'unlimited', amount: '', unit: '', clauseId: '1.2' },
      'KG',
    );
    expect(facts.find((f) => f.origin === 'officer')).toMatchObject({
      id: 'officer-1',
      ref: '1.2',
      flags: ['storageLimitation'],
      corrects: retention?.id,
    });
    const law = facts.find((f) => f.type === 'applicableLaw');
    const moved = saveOfficerFact(
      { ...v, facts },
      law?.id ?? null,
      { type: 'applicableLaw', value: 'RU', amount: '', unit: '', clauseId: '2.1' },
      'KG',
    );
    expect(moved.find((f) => f.id === 'officer-2')?.flags).toEqual(['foreignLaw']);
  });

  it('cite only a numbered clause of the version; an extracted fact is rejected, not removed', () => {
    const v = version();
    const fields = { type: 'dataCategory', value: 'phone', amount: '', unit: '' } as const;
    expect(refused(() => saveOfficerFact(v, null, { ...fields, clauseId: 'preamble' }, 'KG'))).toEqual([
      'clauseId',
      'validation.policy.factClause',
    ]);
    expect(refused(() => saveOfficerFact(v, 'nope', { ...fields, clauseId: '1.1' }, 'KG'))).toEqual([
      'factId',
      'errors.notFound',
    ]);
    expect(refused(() => removeOfficerFact(v.facts, v.facts[0]?.id ?? ''))).toEqual([
      'factId',
      'errors.policy.extractedFact',
    ]);
  });

  it('follow their clause when it is renumbered or merged into the one before; an extracted repeat yields', () => {
    const v = version();
    const facts = saveOfficerFact(
      v,
      null,
      { type: 'claimPeriod', value: '', amount: '10', unit: 'workingDays', clauseId: '1.2' },
      'KG',
    );
    const step = (
      edit: Parameters<typeof applyClauseEdit>[2],
      before: { clauses: typeof v.clauses; facts: PolicyFact[] },
    ) => {
      const split = applyClauseEdit(TEXT, before.clauses, edit);
      return {
        clauses: split.clauses,
        facts: carryOfficerFacts(extractFacts(split.clauses, 'KG').facts, before, split.clauses),
      };
    };
    const renumbered = step(
      { op: 'renumber', clauseId: '1.2', number: '1.3' },
      { clauses: v.clauses, facts },
    );
    expect(renumbered.facts.find((f) => f.origin === 'officer')).toMatchObject({
      clauseId: '1.3',
      ref: '1.3',
    });
    const merged = step({ op: 'merge', clauseId: '1.3' }, renumbered);
    expect(merged.facts.find((f) => f.origin === 'officer')).toMatchObject({ clauseId: '1.1', ref: '1.1' });
  });
});
