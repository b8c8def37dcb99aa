import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/testContext';
import { claimInput, finishLetter, shopKg, shopRu } from '../correspondenceFixtures';
import { confirmSamplePolicy, ISTORE_KG } from './policyFixtures';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

let app: TestApp;
let orgId: number;
beforeEach(async () => {
  app = await startTestApp();
  orgId = (await app.ok('organisations:create', { ...shopKg, policyClaimClause: '' })).id;
});
afterEach(async () => app.close());

const confirmText = async (organisationId: number, text: string, effectiveDate: string) => {
  const draft = await app.ok('policies:loadText', {
    organisationId,
    effectiveDate,
    title: 'Политика конфиденциальности',
    text,
  });
  return app.ok('policies:confirm', { versionId: draft.id });
};

describe('clause citations', () => {
  it('the claim rule takes its period and clause from the confirmed policy, and the answer quotes the clause', async () => {
    expect(await app.ok('policies:claimTerms', { organisationId: orgId })).toEqual({ state: 'noPolicy' });
    const version = await confirmSamplePolicy(app, orgId, '2025-03-01');
    expect(await app.ok('policies:claimTerms', { organisationId: orgId })).toMatchObject({
      state: 'period',
      ref: '8.2',
      amount: 30,
      unit: 'calendarDays',
    });
    const rules = await app.ok('deadlines:rules', { organisationId: orgId, kind: 'claim' });
    expect(rules.find((r) => r.isDefault)).toMatchObject({
      ruleId: 'any.claim.policy',
      citation: 'п. 8.2 Политики',
      amount: 30,
    });

    const item = await app.ok('correspondence:register', claimInput(orgId));
    expect(item.deadline.basis).toMatchObject({
      citation: 'п. 8.2 Политики',
      amount: 30,
      unit: 'calendarDays',
    });
    const answer = await app.ok('answers:create', { itemId: item.id, decision: 'satisfied' });
    expect(answer.policyVersionId).toBe(version.id);
    expect(answer.blocks.grounds).toContain('Политика конфиденциальности istore.kg (ред. от 01.03.2025)');
    expect(answer.blocks.grounds).toContain(
      'Согласно п. 8.2 Политики конфиденциальности (ред. от 01.03.2025): «Получатель претензии в течение 30 календарных дней со дня получения претензии, письменно уведомляет заявителя претензии о результатах рассмотрения претензии.»',
    );

    // Sent and frozen: a later policy version changes new deadlines, never the sent letter.
    await finishLetter(app, answer.id);
    const sent = await app.ok('answers:markSent', { id: answer.id, sentDate: '2026-11-20', channel: 'post' });
    const changed = ISTORE_KG.replace('в течение 30 календарных дней', 'в течение 15 рабочих дней');
    await confirmText(orgId, changed, '2026-11-21');
    expect((await app.ok('answers:get', { id: sent.id })).policyVersionId).toBe(version.id);
    const later = await app.ok('correspondence:register', claimInput(orgId, { receivedDate: '2026-11-21' }));
    expect(later.deadline.basis).toMatchObject({
      citation: 'п. 8.2 Политики',
      amount: 15,
      unit: 'workingDays',
    });
  });

  it('a policy that sets no claim period says so, and the statute’s rule applies', async () => {
    const ru = (await app.ok('organisations:create', { ...shopRu, policyClaimClause: '' })).id;
    const sections = readFileSync(join(__dirname, '../../fixtures/policies/shop-sections.md'), 'utf8');
    await confirmText(ru, sections, '2026-03-01');
    expect(await app.ok('policies:claimTerms', { organisationId: ru })).toMatchObject({
      state: 'noPeriod',
      ref: '',
    });
    const rules = await app.ok('deadlines:rules', { organisationId: ru, kind: 'claim' });
    expect(rules.map((r) => r.ruleId)).not.toContain('any.claim.policy');
    expect(rules.find((r) => r.isDefault)?.ruleId).toMatch(/^ru\.claim\./);
  });

  it('a KG policy without a period keeps the claim rule as a fallback marked to verify', async () => {
    await confirmText(orgId, '1. Споры\n1.1. Претензионный порядок обязателен.\n', '2025-01-01');
    const rules = await app.ok('deadlines:rules', { organisationId: orgId, kind: 'claim' });
    expect(rules).toHaveLength(1);
    expect(rules[0]).toMatchObject({
      ruleId: 'any.claim.policy',
      fallback: true,
      verify: true,
      citation: 'п. 1.1 Политики',
    });
    expect(rules[0]?.titleRu).toContain('срок не устанавливает');
  });
});

describe('changes of a new version', () => {
  it('lists the changed clause and the recipients, rule and letters it affects', async () => {
    await app.ok('recipients:create', {
      organisationId: orgId,
      type: 'bank',
      legalName: 'ОАО «Банк»',
      registrationNumber: '',
      country: 'KG',
      role: 'processor',
      legalBasis: 'contract',
      purposes: 'Приём оплаты',
      dataCategories: ['fullName', 'paymentData'],
      contractNumber: 'Д-1',
      contractDate: '2025-01-01',
    });
    await confirmSamplePolicy(app, orgId, '2025-03-01');
    const next = ISTORE_KG.replace('в течение 30 календарных дней', 'в течение 15 рабочих дней').replace(
      'курьерским службам,',
      'курьерским службам, банкам,',
    );
    const draft = await app.ok('policies:loadText', {
      organisationId: orgId,
      effectiveDate: '2026-06-01',
      title: 'П',
      text: next,
    });
    const changes = await app.ok('policies:changes', { versionId: draft.id });
    expect(changes.previous?.effectiveDate).toBe('2025-03-01');
    expect(changes.clauses.filter((c) => c.status !== 'unchanged').map((c) => c.id)).toEqual(['5.2', '8.2']);
    expect(changes.recipients).toEqual([
      expect.objectContaining({
        legalName: 'ОАО «Банк»',
        before: ['policyKind', 'policyData'],
        after: ['policyData'],
      }),
    ]);
    expect(changes.claimRule?.after).toMatchObject({ amount: 15, unit: 'workingDays' });
    expect(changes.documents.map((d) => d.document).sort()).toEqual(['claimAnswer', 'transferNotice']);
  });
});
