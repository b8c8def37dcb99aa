import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { kgOrganisation, recipientInput } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/testContext';
import { importFile } from './imports/importHelpers';

let app: TestApp;
let orgId: number;
beforeEach(async () => {
  app = await startTestApp();
  orgId = (await app.ok('organisations:create', kgOrganisation)).id;
});
afterEach(async () => app.close());

const list = (search: string, offset = 0, limit = 50) =>
  app.ok('subjects:list', { organisationId: orgId, search, offset, limit });
const names = async (search: string) => (await list(search)).items.map((s) => s.fullName);

/** Many subjects named `name` (ids from `from`), with their name words as look-up terms, set-based. */
const addSubjects = async (from: number, count: number, name: string) => {
  await app.ctx.db.run(
    `WITH RECURSIVE n(i) AS (SELECT :from UNION ALL SELECT i + 1 FROM n WHERE i < :to)
     INSERT INTO subjects (id, organisation_id, full_name, name_key, created_at)
     SELECT i, :org, :name, :name, 'now' FROM n`,
    { from, to: from + count - 1, org: orgId, name },
  );
  await app.ctx.db.run(
    `WITH RECURSIVE n(i) AS (SELECT :from UNION ALL SELECT i + 1 FROM n WHERE i < :to)
     INSERT INTO subject_terms (organisation_id, term, subject_id)
     SELECT :org, w.value, i FROM n, json_each(:words) w`,
    { from, to: from + count - 1, org: orgId, words: JSON.stringify(name.toLowerCase().split(' ')) },
  );
};

describe('subject look-ups', () => {
  it('finds a person by any word of an address as written in a claim, abbreviations and all', async () => {
    const courier = (await app.ok('recipients:create', recipientInput(orgId))).id;
    const path = join(app.dir, 'streets.csv');
    await writeFile(
      path,
      [
        'Номер заказа;Дата создания;ФИО;Телефон;E-mail;Адрес доставки;Служба доставки;Платежная система;Получатель;Телефон получателя',
        '701;10.01.2025 10:00:00;Садыков Эрлан;0555 100 200;erlan@mail.kg;г. Бишкек, пр. Чуй, 5;СДЭК;Наличные;;',
        '702;11.01.2025 10:00:00;Волков Сергей;0555 100 300;;г. Бишкек, мкр. Джал, д. 55;СДЭК;Наличные;;',
        '703;12.01.2025 10:00:00;Омуралиев Улан;0555 100 400;;г. Ош, ул. Курманжан Датка, 7;СДЭК;Наличные;Омуралиева Айгүл;0777 100 500',
      ].join('\r\n'),
    );
    await importFile(app, orgId, path, { СДЭК: courier });
    // The abbreviations every address has are not indexed: typed, they must not hide the person.
    expect(await names('пр. Чуй')).toEqual(['Садыков Эрлан']);
    expect(await names('мкр. Джал')).toEqual(['Волков Сергей']);
    expect(await names('г. Бишкек, мкр. Джал, д. 55')).toEqual(['Волков Сергей']);
    expect(await names('ул.Курманжан Датка')).toEqual(['Омуралиев Улан', 'Омуралиева Айгүл']);
    // A name word and an address word together; an order number finds its buyer and its consignee.
    expect(await names('садыков чуй')).toEqual(['Садыков Эрлан']);
    expect(await names('волков чуй')).toEqual([]);
    expect(await names('703')).toEqual(['Омуралиев Улан', 'Омуралиева Айгүл']);
    // «Ул» alone is someone's name, not an abbreviation to leave out.
    expect(await names('Ул')).toEqual(['Омуралиев Улан']);
  });

  it('counts up to 1000 and says «more», pages past it, and counts exactly below it', async () => {
    await addSubjects(1, 1200, 'Иванов Сергей');
    await addSubjects(2001, 20, 'Иванова Анна');
    const first = await list('иванов');
    expect(first).toMatchObject({ total: 1000, totalCapped: true });
    expect(first.items).toHaveLength(50);
    // The word's own subjects come first, the longer word's after them.
    const last = await list('иванов', 1200, 50);
    expect(last).toMatchObject({ total: 1220, totalCapped: false });
    expect(last.items.map((s) => s.fullName)).toEqual(Array(20).fill('Иванова Анна'));
    expect(await list('иванова')).toMatchObject({ total: 20, totalCapped: false });
  });

  it('finds a rare combination of two common words, and counts it exactly', async () => {
    await addSubjects(1, 1100, 'Петров Сергей');
    await addSubjects(2001, 1100, 'Иван Сидоров');
    await addSubjects(4001, 3, 'Петров Иван');
    const found = await list('иван петров');
    expect(found).toMatchObject({ total: 3, totalCapped: false });
    expect(found.items.map((s) => s.id)).toEqual([4001, 4002, 4003]);
    // A common combination: the page is full and the count is a lower bound.
    const many = await list('петров серг');
    expect(many.items).toHaveLength(50);
    expect(many.totalCapped).toBe(true);
    expect(many.total).toBeGreaterThanOrEqual(50);
  });

  it('never lists a subject merged into another', async () => {
    await addSubjects(1, 2, 'Асанов Бакыт');
    await app.ok('subjects:merge', { intoId: 1, fromId: 2, reason: '', possibleMatchId: null });
    expect((await list('асанов')).items.map((s) => s.id)).toEqual([1]);
    expect(await app.ctx.db.all('SELECT term FROM subject_terms WHERE subject_id = 2')).toEqual([]);
  });
});
