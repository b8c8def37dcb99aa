import { createHandlers } from '../../electron/handlers';
import { dispatch } from '../../electron/ipc/dispatch';
import { breachInput } from '../integration/breachesFixtures';
import { claimInput } from '../integration/correspondenceFixtures';
import { expect, test } from './fixtures';
import { loadRegisterDemo } from './demoSupport';
import { seedFamily } from './ledgerSupport';

test('Ctrl+K finds a recipient, a claim by its sender and an incident by its number, and opens each', async ({
  page,
  harness,
}) => {
  await loadRegisterDemo(page);
  await expect(page.getByRole('heading', { name: 'Сроки', level: 1 })).toBeVisible();

  // A claim and an incident of the current (demo KG) organisation, entered earlier.
  const handlers = createHandlers(harness.ctx);
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const result = (await dispatch(handlers, channel as never, input)) as { ok: boolean; value: T };
    expect(result.ok).toBe(true);
    return result.value;
  };
  const settings = await call<{ currentOrganisationId: number }>('settings:get', null);
  const organisationId = settings.currentOrganisationId;
  const claim = await call<{ number: string }>(
    'correspondence:register',
    claimInput(organisationId, {
      receivedDate: new Date().toISOString().slice(0, 10),
      sender: { name: 'Жумабеков Нурлан Асанович', address: 'г. Бишкек' },
    }),
  );
  const incident = await call<{ number: string }>('breaches:create', breachInput(organisationId));

  await page.keyboard.press('Control+k');
  const search = page.getByRole('dialog', { name: 'Поиск по всем реестрам' });
  const box = search.getByRole('combobox', { name: 'Что найти' });
  await expect(box).toBeFocused();
  await box.fill('оптима');
  await expect(search.getByRole('option', { name: /ОАО «Оптима Банк».*Получатель/ })).toBeVisible();
  await box.press('Enter');
  await expect(search).toBeHidden();
  await expect(page.getByRole('heading', { name: 'ОАО «Оптима Банк»', level: 1 })).toBeVisible();

  // By the sender's name, with the mouse.
  await page.getByRole('button', { name: 'Поиск' }).click();
  await box.fill('Жумабеков');
  await search.getByRole('option', { name: new RegExp(claim.number) }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(claim.number);

  // By the incident's number, moving with the arrow keys.
  await page.keyboard.press('Control+k');
  await box.fill(incident.number);
  await expect(search.getByRole('option')).toHaveCount(1);
  await box.press('ArrowDown');
  await box.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(incident.number);

  // Nothing found is said, not shown as an empty box.
  await page.keyboard.press('Control+k');
  await box.fill('нет такого');
  await expect(search.getByRole('status')).toHaveText('По запросу «нет такого» ничего не найдено');
  await box.press('Escape');
  await expect(search).toBeHidden();
});

test('Ctrl+K finds a person by phone, e-mail or order number, a request by its number and an incident by its text', async ({
  page,
  harness,
}) => {
  await seedFamily(page, harness);
  const handlers = createHandlers(harness.ctx);
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const result = (await dispatch(handlers, channel as never, input)) as { ok: boolean; value: T };
    expect(result.ok).toBe(true);
    return result.value;
  };
  const { currentOrganisationId } = await call<{ currentOrganisationId: number }>('settings:get', null);
  const request = await call<{ number: string }>(
    'correspondence:register',
    claimInput(currentOrganisationId, {
      kind: 'access',
      receivedDate: new Date().toISOString().slice(0, 10),
      sender: { name: 'Токтогулова Динара', address: 'г. Ош' },
    }),
  );
  await call(
    'breaches:create',
    breachInput(currentOrganisationId, { description: 'Утечка базы через открытый FTP-сервер склада' }),
  );

  const search = page.getByRole('dialog', { name: 'Поиск по всем реестрам' });
  const box = search.getByRole('combobox', { name: 'Что найти' });
  const find = async (text: string, option: RegExp) => {
    await page.keyboard.press('Control+k');
    await box.fill(text);
    await search.getByRole('option', { name: option }).first().click();
    await expect(search).toBeHidden();
  };

  // A person: by a phone as the officer types it, by an e-mail, by an order number.
  await find('0700 111 222', /Иванов Иван.*Субъект/);
  await expect(page.getByRole('heading', { name: 'Иванов Иван', level: 1 })).toBeVisible();
  await find('bakyt.new@mail.kg', /Асанов Бакыт.*Субъект/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Асанов Бакыт');
  await find('504', /Иванов Иван.*Субъект/);
  await expect(page.getByRole('heading', { name: 'Иванов Иван', level: 1 })).toBeVisible();

  // A data-subject request by its number; an incident by words of its description.
  await find(request.number, new RegExp(`${request.number}.*Обращение`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(request.number);
  await find('FTP-сервер', /Инцидент/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Инцидент');
});
