import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PolicyFactFields } from '../../../shared/domain/policyFactInput';
import { kgOrganisation, recipientInput } from '../../support/fixtures';
import { startTestApp, type TestApp } from '../../support/testContext';

let app: TestApp;
let orgId: number;
beforeEach(async () => {
  app = await startTestApp();
  orgId = (await app.ok('organisations:create', kgOrganisation)).id;
});
afterEach(async () => app.close());

/** A short policy whose list of recipients names a kind the vocabulary does not know (auditors). */
const POLICY = `1. Общие положения
1.1. Настоящая политика действует в отношении ОсОО «Тест».
2. Передача данных
2.1. Оператор вправе передавать персональные данные:
- курьерским службам для доставки заказов;
- аудиторским организациям для проверки отчётности.
3. Претензии
3.1. До обращения в суд обязательно предъявление претензии. Срок ответа на претензию — 30 календарных дней.
4. Право
4.1. К отношениям применяется право Кыргызской Республики. Споры рассматриваются в судах Кыргызской Республики.
`;

const loadDraft = () =>
  app.ok('policies:loadText', {
    organisationId: orgId,
    effectiveDate: '2025-03-01',
    title: 'Политика',
    text: POLICY,
  });

const save = (versionId: number, factId: string | null, fact: PolicyFactFields) =>
  app.call('policies:saveFact', { versionId, factId, fact });

describe('facts the officer states by hand', () => {
  it('adds a fact for a clause the extraction did not read, and the register is held against it', async () => {
    const draft = await loadDraft();
    expect(draft.unrecognised).toContainEqual({
      area: 'recipients',
      clauseId: '2.1',
      ref: '2.1',
      text: 'аудиторским организациям для проверки отчётности.',
    });
    const auditor = await app.ok(
      'recipients:create',
      recipientInput(orgId, { type: 'other', legalName: 'ОсОО «Аудит»', purposes: 'Аудит отчётности' }),
    );

    const added = await app.ok('policies:saveFact', {
      versionId: draft.id,
      factId: null,
      fact: { type: 'recipientKind', value: 'other', clauseId: '2.1' },
    });
    const fact = added.facts.find((f) => f.origin === 'officer');
    expect(fact).toMatchObject({
      type: 'recipientKind',
      value: 'other',
      clauseId: '2.1',
      ref: '2.1',
      accepted: true,
      flags: [],
    });
    expect(fact?.quote).toContain('аудиторским организациям');

    // Audited like every change of a draft: the trail names the officer's fact.
    const history = await app.ok('audit:history', { entity: 'policyVersion', entityId: draft.id });
    expect(history.map((h) => h.action)).toEqual(['update', 'create']);
    expect(JSON.stringify(history[0]?.after)).toContain('recipientKind:other:2.1 (вручную)');

    const telecom = await app.ok(
      'recipients:create',
      recipientInput(orgId, { type: 'telecom', legalName: 'ЗАО «Связь»', purposes: 'Доставка заказов' }),
    );
    await app.ok('policies:confirm', { versionId: draft.id });
    // The policy allows couriers (extracted) and «other» (stated by hand, cl. 2.1), not telecoms.
    expect((await app.ok('recipients:get', { id: auditor.id })).problems).not.toContain('policyKind');
    expect((await app.ok('recipients:get', { id: telecom.id })).policyFindings).toContainEqual({
      problem: 'policyKind',
      ref: '2.1',
      items: ['telecom'],
    });
    const frozen = await save(draft.id, null, { type: 'dataCategory', value: 'phone', clauseId: '2.1' });
    expect(!frozen.ok && frozen.error).toMatchObject({ code: 'CONFLICT', message: 'errors.policy.notDraft' });
  });

  it('refuses, next to the field, a clause outside the version, a repeated fact and a second claim period', async () => {
    const draft = await loadDraft();
    const cases: [PolicyFactFields, string, string][] = [
      [
        { type: 'recipientKind', value: 'other', clauseId: '9.9' },
        'clauseId',
        'validation.policy.factClause',
      ],
      [
        { type: 'recipientKind', value: 'courier', clauseId: '2.1' },
        'value',
        'validation.policy.factDuplicate',
      ],
      [
        { type: 'claimPeriod', amount: '10', unit: 'workingDays', clauseId: '3.1' },
        'type',
        'validation.policy.factSingle',
      ],
      [{ type: 'recipientKind', value: 'auditors', clauseId: '2.1' }, 'fact.value', 'validation.choose'],
      [
        { type: 'claimPeriod', amount: '0', unit: 'weeks', clauseId: '3.1' },
        'fact.amount',
        'validation.policy.factAmount',
      ],
    ];
    for (const [fact, field, message] of cases) {
      const result = await save(draft.id, null, fact);
      expect(result.ok, JSON.stringify(fact)).toBe(false);
      if (!result.ok) expect(result.error.fieldErrors?.[field]).toEqual([message]);
    }
    // Nothing of the refused attempts was stored or audited.
    expect((await app.ok('policies:get', { id: draft.id })).facts).toEqual(draft.facts);
    const history = await app.ok('audit:history', { entity: 'policyVersion', entityId: draft.id });
    expect(history).toHaveLength(1);
  });

  it('corrects an extracted claim period: the rule then takes the corrected period and its clause', async () => {
    const draft = await loadDraft();
    const extracted = draft.facts.find((f) => f.type === 'claimPeriod');
    expect(extracted).toMatchObject({ amount: 30, origin: 'extracted' });
    const corrected = await app.ok('policies:saveFact', {
      versionId: draft.id,
      factId: extracted?.id ?? '',
      fact: { type: 'claimPeriod', amount: '10', unit: 'workingDays', clauseId: '3.1' },
    });
    expect(corrected.facts.find((f) => f.id === extracted?.id)?.accepted).toBe(false);
    const officer = corrected.facts.find((f) => f.origin === 'officer');
    expect(officer).toMatchObject({
      type: 'claimPeriod',
      amount: 10,
      unit: 'workingDays',
      value: '10 рабочих дней',
      corrects: extracted?.id,
    });

    // Changing the officer's own fact keeps it one fact; an extracted fact is never removed.
    const changed = await app.ok('policies:saveFact', {
      versionId: draft.id,
      factId: officer?.id ?? '',
      fact: { type: 'claimPeriod', amount: '15', unit: 'workingDays', clauseId: '3.1' },
    });
    expect(changed.facts.filter((f) => f.origin === 'officer')).toMatchObject([
      { id: officer?.id, amount: 15, corrects: extracted?.id },
    ]);
    const refused = await app.call('policies:removeFact', {
      versionId: draft.id,
      factId: extracted?.id ?? '',
    });
    expect(!refused.ok && refused.error.message).toBe('errors.policy.extractedFact');

    await app.ok('policies:confirm', { versionId: draft.id });
    expect(await app.ok('policies:claimTerms', { organisationId: orgId })).toMatchObject({
      state: 'period',
      ref: '3.1',
      amount: 15,
      unit: 'workingDays',
    });
  });

  it('an officer fact follows its clause through a renumbering; law and courts of two countries are flagged', async () => {
    const draft = await loadDraft();
    await app.ok('policies:saveFact', {
      versionId: draft.id,
      factId: null,
      fact: { type: 'recipientKind', value: 'other', clauseId: '2.1' },
    });
    const renumbered = await app.ok('policies:editClauses', {
      versionId: draft.id,
      edit: { op: 'renumber', clauseId: '2.1', number: '2.2' },
    });
    expect(renumbered.facts.find((f) => f.origin === 'officer')).toMatchObject({
      clauseId: '2.2',
      ref: '2.2',
    });

    const courts = renumbered.facts.find((f) => f.type === 'courts');
    const mismatch = await app.ok('policies:saveFact', {
      versionId: draft.id,
      factId: courts?.id ?? '',
      fact: { type: 'courts', value: 'KZ', clauseId: '4.1' },
    });
    const flagged = mismatch.facts.filter((f) => f.flags.includes('lawCourtMismatch'));
    expect(flagged.map((f) => [f.type, f.value])).toEqual([
      ['applicableLaw', 'KG'],
      ['courts', 'KZ'],
    ]);

    const officerCourts = mismatch.facts.find((f) => f.type === 'courts' && f.origin === 'officer');
    const removed = await app.ok('policies:removeFact', {
      versionId: draft.id,
      factId: officerCourts?.id ?? '',
    });
    expect(removed.facts.some((f) => f.flags.includes('lawCourtMismatch'))).toBe(false);
    expect(removed.facts.some((f) => f.id === officerCourts?.id)).toBe(false);
  });
});
