import type { Page } from '@playwright/test';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Api } from '../../shared/ipc/api';
import { expect } from './fixtures';

export const COURIER = 'ОсОО «Экспресс Доставка КГ»';

export const openSection = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Разделы' }).getByRole('button', { name, exact: true }).click();

/**
 * A Bitrix export of a family: husband and wife share a phone (two people, one possible match); a known
 * phone comes back with a new e-mail (joined, explained); an order goes to a consignee with her own
 * phone; a quoted address spans two lines.
 */
export const writeFamilyFile = async (dir: string): Promise<string> => {
  const path = join(dir, 'family.csv');
  await writeFile(
    path,
    [
      'Номер заказа;Дата создания;ФИО;Телефон;E-mail;Адрес доставки;Служба доставки;Платежная система;Получатель;Телефон получателя',
      '501;10.01.2025 10:00:00;Асанов Бакыт;0555 123 456;bakyt@mail.kg;"г. Бишкек, ул. Киевская, 12\nкв. 5";СДЭК;Наличные;;',
      '502;11.01.2025 10:00:00;Асанова Айгуль;+996 555 123 456;;г. Бишкек, ул. Токтогула, 7;СДЭК;Наличные;;',
      '503;12.01.2025 10:00:00;Бакыт Асанов;+996555123456;bakyt.new@mail.kg;г. Бишкек, ул. Киевская, 12;СДЭК;Наличные;;',
      '504;13.01.2025 10:00:00;Иванов Иван;0700 111 222;ivan@mail.kg;г. Ош, ул. Ленина, 1;СДЭК;Наличные;Петрова Мария;0777 999 888',
    ].join('\r\n'),
  );
  return path;
};

/** Loads the demo shops (istore.kg becomes the current organisation). */
export const loadDemo = async (page: Page) => {
  await page.getByRole('button', { name: 'Загрузить демонстрационные данные' }).click();
  await expect(page.getByLabel('Текущая организация')).toContainText('istore.kg');
};

/**
 * Setup only (the wizard has its own tests): imports the file the scripted dialog hands over through
 * the backend channels, sending СДЭК to the demo courier and every other value nowhere.
 */
export const importThroughApi = (page: Page, courier = COURIER) =>
  page.evaluate(async (courierName) => {
    const api = (window as unknown as { api: Api }).api;
    const unwrap = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
      if (!r.ok) throw new Error(r.error.message);
      return r.value;
    };
    const settings = unwrap(await api.settings.get());
    const organisationId = settings.currentOrganisationId ?? 0;
    const recipients = unwrap(await api.recipients.list({ organisationId, limit: 200 }));
    const courierId = recipients.items.find((r) => r.legalName === courierName)?.id ?? null;
    const chosen = unwrap(await api.imports.chooseFile({ organisationId }));
    const best = chosen?.candidates[0];
    if (!chosen || !best) throw new Error('no file');
    const setup = { token: chosen.token, organisationId, preset: best.presetId, mapping: best.mapping };
    const wait = async (jobId: string) => {
      for (;;) {
        const status = unwrap(await api.imports.job({ jobId }));
        if (status.state !== 'running') return status;
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    const scan = await wait(unwrap(await api.imports.scan(setup)).jobId);
    for (const v of scan.values) {
      const recipientId = v.value === 'СДЭК' ? courierId : null;
      unwrap(await api.imports.setAlias({ organisationId, field: v.field, value: v.value, recipientId }));
    }
    const run = await wait(unwrap(await api.imports.start({ ...setup, profileName: '' })).jobId);
    return run.state;
  }, courier);

/** Loads the demo shops and imports the family file; leaves the page on the subjects ledger. */
export const seedFamily = async (
  page: Page,
  harness: { dataDir: string; dialogs: { nextOpen: (string | null)[] } },
) => {
  await loadDemo(page);
  harness.dialogs.nextOpen.push(await writeFamilyFile(harness.dataDir));
  expect(await importThroughApi(page)).toBe('done');
  await openSection(page, 'Субъекты');
};

/** Types into the ledger's search and opens the subject named `name` from the results. */
export const openSubject = async (page: Page, search: string, name: string) => {
  await page.getByRole('searchbox', { name: 'Поиск' }).fill(search);
  const table = page.getByRole('table', { name: 'Субъекты персональных данных' });
  await table.getByRole('button', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
};

/** The row of order `externalId` in the subject card's orders (other rows may cite it as the match). */
export const orderRow = (page: Page, externalId: string) =>
  page
    .getByRole('table', { name: 'Заказы субъекта' })
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: externalId, exact: true }) });
