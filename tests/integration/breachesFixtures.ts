import type { BreachInput } from '../../shared/domain/breach';
import type { TestApp } from '../support/testContext';

export const breachInput = (organisationId: number, overrides: Partial<BreachInput> = {}): BreachInput => ({
  organisationId,
  detectedAt: '2026-11-20T07:00:00.000Z',
  becameAwareAt: '2026-11-20T08:00:00.000Z',
  detectedBy: 'Системный администратор',
  description: 'Выгрузка базы заказов оказалась в открытом доступе',
  dataCategories: ['fullName', 'phone', 'deliveryAddress'],
  subjectCategories: ['customers'],
  measuresTaken: 'Доступ закрыт, пароли сменены',
  contactName: 'Иванова М. П.',
  ...overrides,
});

/**
 * Three subjects: A (orders 1, 2 → courier 2026-03-01, 2026-04-15), B (order 3 → bank 2026-05-10,
 * import 2), C (order 4, no transfer, 2026-03-05). Courier: {A}; March: {A, C}; import 2: {B}.
 */
export const insertScopeFixture = async (
  app: TestApp,
  organisationId: number,
  r: { courierId: number; bankId: number },
): Promise<{ importIds: number[] }> => {
  const db = app.ctx.db;
  const importIds: number[] = [];
  for (const name of ['a.csv', 'b.csv']) {
    const { lastID } = await db.run(
      `INSERT INTO imports (organisation_id, file_name, file_sha256, file_size, preset, source, encoding, status, started_at, actor_os, actor_person)
       VALUES (:organisationId, :name, 'abc', 1, 'bitrix', 'bitrix', 'utf8', 'completed', '2026-03-10T00:00:00Z', 'os', '')`,
      { organisationId, name },
    );
    importIds.push(lastID);
  }
  const subjects: [string, string, string][] = [
    ['Асанов Бакыт', 'г. Бишкек, ул. Киевская, д. 10', '+996555000001'],
    ['Бекова Айгуль', 'г. Ош, ул. Ленина, д. 5', '+996555000002'],
    ['Волков Иван', 'г. Каракол, ул. Токтогула, д. 7', '+996555000003'],
  ];
  const ids: number[] = [];
  for (const [name, address, phone] of subjects) {
    const { lastID } = await db.run(
      `INSERT INTO subjects (organisation_id, full_name, address, created_at) VALUES (:organisationId, :name, :address, 'now')`,
      { organisationId, name, address },
    );
    await db.run(
      `INSERT INTO subject_keys (organisation_id, kind, value, subject_id) VALUES (:organisationId, 'phone', :phone, :id)`,
      { organisationId, phone, id: lastID },
    );
    ids.push(lastID);
  }
  const orders: [number, string, number, number | null][] = [
    [ids[0] ?? 0, '2026-03-01T10:00:00', importIds[0] ?? 0, r.courierId],
    [ids[0] ?? 0, '2026-04-15T10:00:00', importIds[0] ?? 0, r.courierId],
    [ids[1] ?? 0, '2026-05-10T10:00:00', importIds[1] ?? 0, r.bankId],
    [ids[2] ?? 0, '2026-03-05T10:00:00', importIds[0] ?? 0, null],
  ];
  let line = 1;
  for (const [subjectId, at, importId, recipientId] of orders) {
    line += 1;
    const { lastID } = await db.run(
      `INSERT INTO orders (organisation_id, source, external_id, subject_id, ordered_at, import_id, line)
       VALUES (:organisationId, 'bitrix', :ext, :subjectId, :at, :importId, :line)`,
      { organisationId, ext: `X-${line}`, subjectId, at, importId, line },
    );
    if (recipientId !== null)
      await db.run(
        `INSERT INTO transfers (order_id, recipient_id, basis, transferred_on) VALUES (:id, :recipientId, 'delivery', :on)`,
        { id: lastID, recipientId, on: at.slice(0, 10) },
      );
  }
  return { importIds };
};
