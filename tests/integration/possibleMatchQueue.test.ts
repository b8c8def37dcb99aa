import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { kgOrganisation } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/testContext';
import { importFile } from './imports/importHelpers';

let app: TestApp;
let orgId: number;
beforeEach(async () => {
  app = await startTestApp();
  orgId = (await app.ok('organisations:create', kgOrganisation)).id;
});
afterEach(async () => app.close());

/** `couples` husbands and wives sharing a phone (a possible match each); the last `byEmail` share an e-mail instead. */
const couplesFile = async (dir: string, couples: number, byEmail: number) => {
  const rows = [
    'Номер заказа;Дата создания;ФИО;Телефон;E-mail;Адрес доставки;Служба доставки;Платежная система;Получатель;Телефон получателя',
  ];
  for (let i = 1; i <= couples; i += 1) {
    const email = i > couples - byEmail;
    const phone = (n: number) => `0555 ${String(100000 + i * 2 + n).slice(0, 6)}`;
    rows.push(
      `${1000 + i * 2};10.01.2025 10:00:00;Асанов Бакыт ${i};${phone(0)};${email ? `family${i}@mail.kg` : ''};г. Бишкек;СДЭК;Наличные;;`,
      `${1001 + i * 2};11.01.2025 10:00:00;Асанова Айгуль ${i};${email ? phone(1) : phone(0)};${email ? `family${i}@mail.kg` : ''};г. Бишкек;СДЭК;Наличные;;`,
    );
  }
  const path = join(dir, 'couples.csv');
  await writeFile(path, rows.join('\r\n'));
  return path;
};

const queue = (query: {
  status?: 'open' | 'merged' | 'dismissed';
  kind?: 'phone' | 'email';
  offset?: number;
}) => app.ok('subjects:possibleMatches', { organisationId: orgId, limit: 50, ...query });

it('the review queue is paged, filtered by state and shared key, and counts what the filters leave', async () => {
  await importFile(app, orgId, await couplesFile(app.dir, 55, 5));
  const first = await queue({});
  expect(first.total).toBe(55);
  expect(first.items).toHaveLength(50);
  const second = await queue({ offset: 50 });
  expect(second.items).toHaveLength(5);
  // Oldest first, and no pair on two pages.
  const ids = [...first.items, ...second.items].map((m) => m.id);
  expect(new Set(ids).size).toBe(55);
  expect(ids).toEqual([...ids].sort((a, b) => a - b));
  expect((await queue({ kind: 'email' })).total).toBe(5);
  expect((await queue({ kind: 'phone' })).total).toBe(50);

  const pair = first.items[0];
  if (!pair) throw new Error('no pair');
  await app.ok('subjects:merge', {
    intoId: pair.otherId,
    fromId: pair.subjectId,
    reason: '',
    possibleMatchId: pair.id,
  });
  // The last pairs share an e-mail: dismiss one of them.
  await app.ok('subjects:dismissMatch', { id: second.items[0]?.id ?? 0 });
  expect((await queue({})).total).toBe(53);
  expect((await queue({ status: 'merged' })).items.map((m) => m.id)).toEqual([pair.id]);
  expect(await queue({ status: 'dismissed', kind: 'email' })).toMatchObject({ total: 1 });
  expect(await queue({ status: 'dismissed', kind: 'phone' })).toMatchObject({ total: 0, items: [] });
});
