import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RecipientInput } from '../../../shared/domain/recipient';
import { DataCategory, LegalBasis, RecipientType } from '../../../shared/domain/recipient';
import { kgOrganisation, recipientInput } from '../../support/fixtures';
import { startTestApp, type TestApp } from '../../support/testContext';
import { confirmSamplePolicy, ISTORE_KG } from './policyFixtures';

let app: TestApp;
let orgId: number;
beforeEach(async () => {
  app = await startTestApp();
  orgId = (await app.ok('organisations:create', kgOrganisation)).id;
});
afterEach(async () => app.close());

const add = async (over: Partial<RecipientInput>) => app.ok('recipients:create', recipientInput(orgId, over));

describe('policy-versus-register check', () => {
  it('no policy confirmed: no policy problems', async () => {
    const bank = await add({ type: 'bank', purposes: 'Приём платежей', dataCategories: ['paymentData'] });
    expect(bank.problems).toEqual([]);
  });

  it('lists each problem with the clause of the sample policy it contradicts', async () => {
    const courier = await add({});
    const bank = await add({
      type: 'bank',
      legalName: 'ОАО «Банк»',
      purposes: 'Приём оплаты картами',
      dataCategories: ['fullName', 'paymentData'],
    });
    const foreignState = await add({
      type: 'state',
      role: 'stateBody',
      legalBasis: 'law',
      country: 'RU',
      registrationNumber: '',
      purposes: 'Ответы на запросы налоговых органов',
      dataCategories: ['fullName'],
      transferNoticeDate: '',
      subjectNoticeDate: '2025-01-01',
    });
    const analytics = await add({
      type: 'analytics',
      legalName: 'ООО «Метрика»',
      country: 'KG',
      purposes: 'Веб-аналитика посещаемости',
      legalBasis: 'contract',
      dataCategories: ['onlineIdentifiers'],
    });
    await confirmSamplePolicy(app, orgId);

    const get = (id: number) => app.ok('recipients:get', { id });
    expect((await get(courier.id)).policyFindings).toEqual([]);
    expect((await get(bank.id)).policyFindings).toEqual([
      { problem: 'policyKind', ref: '5.2, 5.3', items: ['bank'] },
      { problem: 'policyData', ref: '3.2, 3.3, 3.4', items: ['paymentData'] },
    ]);
    expect((await get(foreignState.id)).policyFindings).toEqual([
      { problem: 'policyStateCountry', ref: '5.3', items: ['RU'] },
    ]);
    expect((await get(analytics.id)).policyFindings).toEqual([
      { problem: 'policyKind', ref: '5.2, 5.3', items: ['analytics'] },
      { problem: 'policyConsent', ref: '4.1.10, 4.1.11', items: ['contract'] },
      { problem: 'policyPurpose', ref: '4.1, 5.2', items: ['analytics'] },
    ]);
    const onlyProblems = await app.ok('recipients:list', { organisationId: orgId, problemsOnly: true });
    expect(onlyProblems.items.map((r) => r.id).sort()).toEqual(
      [bank.id, foreignState.id, analytics.id].sort(),
    );
  });

  it('the SQL filter and the TypeScript rule agree on random recipients and random fact decisions', async () => {
    let seed = 20261207;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
    const purposes = [
      'Доставка заказов',
      'Приём платежей',
      'Веб-аналитика',
      'Рекламные рассылки',
      'Налоговый контроль',
      'Обзвон покупателей',
    ];
    for (let round = 0; round < 3; round++) {
      const org = (
        await app.ok('organisations:create', {
          ...kgOrganisation,
          name: `Магазин ${round}`,
          registrationNumber: `0231120191024${round}`,
        })
      ).id;
      const draft = await app.ok('policies:loadText', {
        organisationId: org,
        effectiveDate: '2025-01-01',
        title: 'П',
        text: ISTORE_KG,
      });
      for (const fact of draft.facts) {
        if (random() < 0.3)
          await app.ok('policies:setFact', { versionId: draft.id, factId: fact.id, accepted: false });
      }
      await app.ok('policies:confirm', { versionId: draft.id });
      for (let i = 0; i < 25; i++) {
        const type = pick(RecipientType.options);
        await app.ok(
          'recipients:create',
          recipientInput(org, {
            type,
            legalName: `Получатель ${round}-${i}`,
            registrationNumber: '',
            country: pick(['KG', 'KZ', 'RU']),
            role: type === 'state' ? 'stateBody' : 'processor',
            legalBasis: pick(LegalBasis.options),
            purposes: `${pick(purposes)}; ${pick(purposes)}`,
            dataCategories: [...new Set([pick(DataCategory.options), pick(DataCategory.options)])],
            subjectNoticeDate: '2025-01-01',
            transferNoticeDate: '2025-01-01',
          }),
        );
      }
      const all = await app.ok('recipients:list', { organisationId: org, limit: 500 });
      const flagged = await app.ok('recipients:list', {
        organisationId: org,
        problemsOnly: true,
        limit: 500,
      });
      const expected = all.items.filter((r) => r.problems.length > 0).map((r) => r.id);
      expect(flagged.items.map((r) => r.id).sort()).toEqual(expected.sort());
      expect(all.items.some((r) => r.policyFindings.length > 0)).toBe(true);
    }
  });
});
