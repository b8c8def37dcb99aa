import type { CorrespondenceInput } from '../../shared/domain/correspondence';
import type { OrganisationInput } from '../../shared/domain/organisation';
import { kgOrganisation } from '../support/fixtures';
import type { TestApp } from '../support/testContext';

/** A KG shop whose policy sets the claim period in clause 8.2. */
export const shopKg: OrganisationInput = {
  ...kgOrganisation,
  legalAddress: '720001, г. Бишкек, пр. Чуй, д. 1, офис 5',
  phone: '+996 312 000 000',
  policyTitle: 'Политика обработки персональных данных',
  policyVersionDate: '2025-03-01',
  policyClaimClause: '8.2',
  applicableLaw: 'законодательство Кыргызской Республики',
  courtClause: 'Споры рассматриваются в суде по месту нахождения Оператора (п. 9.3 Политики).',
};

export const shopRu: OrganisationInput = {
  name: 'Пример',
  legalForm: 'ООО',
  registrationNumber: '7707083893',
  jurisdiction: 'RU',
  legalAddress: '101000, г. Москва, ул. Мясницкая, д. 1',
  responsibleName: 'Иванова Мария Петровна',
  responsiblePosition: 'Ответственный за организацию обработки персональных данных',
  email: 'pd@primer.ru',
  policyClaimClause: '7.1',
};

export const claimInput = (
  organisationId: number,
  overrides: Partial<CorrespondenceInput> = {},
): CorrespondenceInput => ({
  organisationId,
  kind: 'claim',
  receivedDate: '2026-11-05',
  receivedVia: 'post',
  sender: { name: 'Асанов Бакыт Кенешович', address: '720040, г. Бишкек, ул. Киевская, д. 10, кв. 4' },
  orderNumbers: ['A-1001'],
  demands: 'вернуть стоимость товара, доставленного с повреждением упаковки',
  amountMinor: 150000,
  currency: 'KGS',
  responsible: 'Асанова А. Б.',
  ...overrides,
});

/** A tiny ledger: one import, one subject with phone and e-mail, two orders, transfers to recipients. */
export const insertLedgerFixture = async (
  app: TestApp,
  organisationId: number,
  recipients: { courierId: number; bankId: number },
): Promise<{ subjectId: number; orderIds: number[] }> => {
  const db = app.ctx.db;
  const { lastID: importId } = await db.run(
    `INSERT INTO imports (organisation_id, file_name, file_sha256, file_size, preset, source, encoding, status, started_at, actor_os, actor_person)
     VALUES (:organisationId, 'orders.csv', 'abc', 1, 'bitrix', 'bitrix', 'utf8', 'completed', '2026-03-10T00:00:00Z', 'os', '')`,
    { organisationId },
  );
  const { lastID: subjectId } = await db.run(
    `INSERT INTO subjects (organisation_id, full_name, address, import_id, created_at)
     VALUES (:organisationId, 'Асанов Бакыт Кенешович', 'г. Бишкек, ул. Киевская, д. 10, кв. 4', :importId, 'now')`,
    { organisationId, importId },
  );
  for (const [kind, value] of [
    ['phone', '+996555123456'],
    ['email', 'bakyt@example.kg'],
  ]) {
    await db.run(
      `INSERT INTO subject_keys (organisation_id, kind, value, subject_id, import_id) VALUES (:organisationId, :kind, :value, :subjectId, :importId)`,
      { organisationId, kind, value, subjectId, importId },
    );
  }
  const orderIds: number[] = [];
  for (const [externalId, at, line] of [
    ['A-1001', '2026-03-01T10:00:00', 2],
    ['A-1002', '2026-04-15T12:00:00', 3],
  ] as const) {
    const { lastID } = await db.run(
      `INSERT INTO orders (organisation_id, source, external_id, subject_id, ordered_at, address, import_id, line)
       VALUES (:organisationId, 'bitrix', :externalId, :subjectId, :at, 'г. Бишкек, ул. Киевская, д. 10, кв. 4', :importId, :line)`,
      { organisationId, externalId, subjectId, at, importId, line },
    );
    orderIds.push(lastID);
    for (const [recipientId, basis] of [
      [recipients.courierId, 'delivery'],
      [recipients.bankId, 'payment'],
    ] as const) {
      await db.run(
        `INSERT INTO transfers (order_id, recipient_id, basis, transferred_on) VALUES (:orderId, :recipientId, :basis, :on)`,
        { orderId: lastID, recipientId, basis, on: at.slice(0, 10) },
      );
    }
  }
  return { subjectId, orderIds };
};

/** Writes over every [placeholder] of a letter, as the officer does before registering it. */
export const finishLetter = async (app: TestApp, answerId: number) => {
  const a = await app.ok('answers:get', { id: answerId });
  const fill = (text: string) => text.replace(/\[[^[\]\r\n]+\]/g, 'заполнено');
  return app.ok('answers:update', {
    id: answerId,
    data: {
      ...a,
      heading: fill(a.heading),
      addresseeName: fill(a.addresseeName),
      addresseeAddress: fill(a.addresseeAddress),
      blocks: Object.fromEntries(Object.entries(a.blocks).map(([k, v]) => [k, fill(v)])) as typeof a.blocks,
    },
  });
};
