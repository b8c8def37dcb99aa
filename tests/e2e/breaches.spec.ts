import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Api } from '../../shared/ipc/api';
import { fixture } from '../integration/imports/importHelpers';
import { expect, test } from './fixtures';
import { loadRegisterDemo } from './demoSupport';

/** The text of a PDF as one line: whitespace runs collapsed, soft hyphens removed. */
const pdfText = (path: string): string =>
  execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' })
    .replace(/\u00AD/g, '')
    .replace(/\s+/g, ' ');

const openSection = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Разделы' }).getByRole('button', { name, exact: true }).click();

/** Setup only: imports a shop export through the backend channels (the wizard has its own test). */
const importThroughApi = (page: Page) =>
  page.evaluate(async () => {
    const api = (window as unknown as { api: Api }).api;
    const unwrap = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
      if (!r.ok) throw new Error(r.error.message);
      return r.value;
    };
    const settings = unwrap(await api.settings.get());
    const organisationId = settings.currentOrganisationId ?? 0;
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
      unwrap(
        await api.imports.setAlias({ organisationId, field: v.field, value: v.value, recipientId: null }),
      );
    }
    const run = await wait(unwrap(await api.imports.start({ ...setup, profileName: '' })).jobId);
    return run.state;
  });

test('an officer logs a breach, scores it, takes its scope from an import, prints letters and records the notice', async ({
  page,
  harness,
}) => {
  test.setTimeout(180_000);
  await loadRegisterDemo(page);
  await expect(page.getByLabel('Текущая организация')).toContainText('istore.kg');
  harness.dialogs.nextOpen.push(fixture('woocommerce-orders.csv'));
  expect(await importThroughApi(page)).toBe('done');

  // Register the incident.
  await openSection(page, 'Инциденты');
  await expect(page.getByRole('heading', { name: 'Инцидентов нет' })).toBeVisible();
  await page.getByRole('button', { name: 'Зарегистрировать инцидент' }).first().click();
  await expect(page.getByRole('heading', { name: 'Регистрация инцидента', level: 1 })).toBeVisible();
  await page.getByLabel('Кто обнаружил').fill('Администратор сайта Усенов А.');
  await page
    .getByLabel('Описание инцидента')
    .fill('Выгрузка заказов оказалась в открытом доступе по прямой ссылке');
  await page.getByRole('group', { name: 'Категории данных' }).getByRole('checkbox', { name: 'ФИО' }).check();
  await page
    .getByRole('group', { name: 'Категории субъектов' })
    .getByRole('checkbox', { name: 'Покупатели' })
    .check();
  await page.getByLabel('Принятые меры').fill('Ссылка удалена, доступ к выгрузкам закрыт паролем');
  await page.getByRole('button', { name: 'Сохранить', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Инцидент ИНЦ-1\// })).toBeVisible();

  // The internal KG clock runs.
  const clocks = page.getByRole('region', { name: 'Сроки уведомления' });
  await expect(clocks).toContainText(/осталось \d+ ч \d+ мин/);

  // ENISA severity: financial data (3), maximum identification (1), public disclosure and malice (+1).
  await page.getByRole('button', { name: 'Оценить тяжесть' }).click();
  const severity = page.getByRole('dialog', { name: /Оценка тяжести/ });
  await severity.getByLabel('Тип данных (базовый DPC)').selectOption('financial');
  await severity.getByLabel('Лёгкость идентификации (EI)').selectOption('maximum');
  await severity.getByLabel('Нарушение конфиденциальности').selectOption('unknownOrPublic');
  await severity.getByRole('checkbox', { name: 'Злой умысел (+0,5)' }).check();
  await expect(severity.getByRole('status', { name: 'Расчёт тяжести' })).toContainText('Очень высокая');
  await severity.getByRole('button', { name: 'Сохранить оценку' }).click();
  await expect(severity).toBeHidden();
  const severityRegion = page.getByRole('region', { name: /Тяжесть/ });
  await expect(severityRegion).toContainText('SE = 3 × 1 + 1 = 4');
  await expect(severityRegion).toContainText('Очень высокая');

  // Scope from the imported file.
  const scope = page.getByRole('region', { name: 'Охват: затронутые субъекты' });
  await scope.getByRole('button', { name: 'Определить охват по журналу' }).click();
  await scope.getByLabel('Импорт').selectOption({ index: 1 });
  await scope.getByRole('button', { name: 'Посчитать' }).click();
  await expect(scope.getByRole('status')).toContainText(/Затронуто субъектов: [1-9]/);
  await expect(scope.getByRole('table', { name: 'Найденные субъекты' })).toContainText('Петров');
  await scope.getByRole('button', { name: 'Сохранить как охват' }).click();
  await expect(scope.getByRole('table', { name: 'Субъекты охвата' })).toContainText('Петров');

  // Letters to the subjects: a real progress bar, then the PDF.
  const letters = page.getByRole('region', { name: 'Письма субъектам' });
  await letters.getByRole('button', { name: 'Подготовить письма' }).click();
  const progress = letters.getByRole('progressbar', { name: 'Подготовка писем' });
  await expect(progress).toBeVisible();
  await expect.poll(() => progress.getAttribute('aria-valuenow'), { timeout: 60_000 }).toBe('100');
  const pdfPath = join(harness.dataDir, 'letters.pdf');
  harness.dialogs.nextSave.push(pdfPath);
  await letters.getByRole('button', { name: 'Сохранить PDF с письмами' }).click();
  await expect.poll(() => existsSync(pdfPath), { timeout: 30_000 }).toBe(true);
  await expect.poll(() => pdfText(pdfPath).includes('Петров'), { timeout: 10_000 }).toBe(true);
  const text = pdfText(pdfPath);
  expect(text).toContain('Иван');
  expect(text).toContain('ул. Ленина, 1');

  // Record the notice to the regulator: its clock stops.
  await page.getByRole('button', { name: 'Записать уведомление' }).click();
  const notice = page.getByRole('dialog', { name: /Уведомление по инциденту/ });
  await notice.getByLabel('Кому').selectOption('regulator');
  await notice.getByLabel('Вид уведомления').selectOption('initial');
  await notice.getByLabel('Способ').selectOption('email');
  await notice.getByLabel('Номер / регистрационный номер').fill('ИСХ-17');
  await notice.getByRole('button', { name: 'Записать', exact: true }).click();
  await expect(notice).toBeHidden();
  await expect(page.getByRole('table', { name: 'Направленные уведомления' })).toContainText('ИСХ-17');
  await expect(clocks).toContainText('уведомление направлено в срок');
  await expect(clocks).not.toContainText('осталось');

  // Evidence files are kept with their SHA-256.
  harness.dialogs.nextOpen.push(fixture('overlap-a.csv'));
  await page.getByRole('button', { name: 'Прикрепить файл' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'overlap-a.csv' })).toContainText('SHA-256');

  // The log shows the incident with no running clock.
  await page.getByRole('button', { name: 'К журналу инцидентов' }).click();
  const log = page.getByRole('table', { name: 'Журнал инцидентов' });
  await expect(log).toContainText('ИНЦ-1/');
  await expect(log).toContainText('Очень высокая');
  await expect(log).toContainText('сроки не идут');
});
