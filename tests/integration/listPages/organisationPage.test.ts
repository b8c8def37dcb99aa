import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEngines } from '../../support/engines';
import { kgOrganisation } from '../../support/fixtures';
import { startTestApp, type TestApp } from '../../support/testContext';

describeEngines('organisations page', (engine) => {
  let app: TestApp;
  beforeEach(async () => {
    app = await startTestApp({ engine });
  });
  afterEach(async () => app.close());

  const create = async (name: string, jurisdiction: 'KG' | 'KZ' | 'RU' = 'KG', registrationNumber = '') =>
    (
      await app.ok('organisations:create', {
        ...kgOrganisation,
        name,
        jurisdiction,
        registrationNumber: registrationNumber || kgOrganisation.registrationNumber,
      })
    ).id;

  it('pages the organisations by name with the total of the whole list', async () => {
    for (const name of ['Дельта', 'альфа', 'Гамма', 'Бета', 'Эпсилон']) await create(name);
    const first = await app.ok('organisations:page', { offset: 0, limit: 2 });
    expect(first.items.map((o) => o.name)).toEqual(['альфа', 'Бета']);
    expect(first).toMatchObject({ total: 5, offset: 0, limit: 2 });
    const last = await app.ok('organisations:page', { offset: 4, limit: 2 });
    expect(last.items.map((o) => o.name)).toEqual(['Эпсилон']);
    expect(last.total).toBe(5);
  });

  it('finds by a fragment of the name in any letter case or of the registration number', async () => {
    await create('ОсОО «Ала-Тоо Маркет»');
    await create('ТОО «Степь»', 'KZ', '180340021791');
    await create('ООО «Маркетплейс»', 'RU', '7707083893');
    const names = async (search: string) =>
      (await app.ok('organisations:page', { search })).items.map((o) => o.name);
    expect(await names('маркет')).toEqual(['ООО «Маркетплейс»', 'ОсОО «Ала-Тоо Маркет»']);
    expect(await names('СТЕПЬ')).toEqual(['ТОО «Степь»']);
    expect(await names('0340021')).toEqual(['ТОО «Степь»']);
    // LIKE wildcards are plain characters here.
    expect(await names('%')).toEqual([]);
    expect(await names('_')).toEqual([]);
    expect((await app.ok('organisations:page', { search: 'маркет' })).total).toBe(2);
  });

  it('leaves archived organisations out unless asked for', async () => {
    await create('Открытая');
    const archived = await create('Закрытая');
    await app.ok('organisations:archive', { id: archived });
    expect((await app.ok('organisations:page', {})).items.map((o) => o.name)).toEqual(['Открытая']);
    const all = await app.ok('organisations:page', { includeArchived: true });
    expect(all.items.map((o) => o.name)).toEqual(['Закрытая', 'Открытая']);
    expect(all.total).toBe(2);
  });

  it('refuses a malformed query and changes nothing', async () => {
    expect(await app.call('organisations:page', { offset: -1 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(await app.call('organisations:page', { limit: 100_000 })).toMatchObject({ ok: false });
  });
});
