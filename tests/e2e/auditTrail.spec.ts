import { copyFile, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { loadRegisterDemo } from './demoSupport';

test('the officer browses and filters the audit trail, reads field changes, verifies it, issues a seal and checks against it, exports CSV and PDF', async ({
  page,
  harness,
}) => {
  await loadRegisterDemo(page);
  const nav = page.getByRole('navigation', { name: 'Разделы' });
  await expect(nav).toBeVisible();
  // A change to look at: rename a recipient through the app.
  const org =
    (await harness.ctx.db.get<{ id: number }>('SELECT id FROM organisations ORDER BY id LIMIT 1'))?.id ?? 0;
  const recipient = await harness.ctx.db.get<{ id: number; legal_name: string }>(
    'SELECT id, legal_name FROM recipients WHERE organisation_id = :org ORDER BY id LIMIT 1',
    { org },
  );
  await nav.getByRole('button', { name: 'Журнал изменений' }).click();
  await expect(page.getByRole('heading', { name: 'Журнал изменений' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Записи журнала изменений' });
  await expect(table.getByRole('row').nth(1)).toBeVisible();

  // Filter: recipients only, then one record by its id.
  const filters = page.getByRole('form', { name: 'Фильтры журнала' });
  await filters.getByLabel('Вид записи').selectOption('recipient');
  await expect(table.getByRole('row').nth(1)).toContainText('Получатель №');
  await filters.getByLabel('ID записи').fill(String(recipient?.id));
  await expect(page.getByRole('status').filter({ hasText: /^Найдено записей: 1$/ })).toBeVisible();
  await filters.getByLabel('Действие').selectOption('create');
  await table.getByRole('button', { name: /Подробнее о записи/ }).click();
  const details = page.getByRole('region', { name: /Запись журнала №/ });
  // Field names are translated, values shown as the officer entered them.
  await expect(details.getByRole('rowheader', { name: 'Наименование' })).toBeVisible();
  await expect(details).toContainText(recipient?.legal_name ?? '');
  await expect(details).not.toContainText('legalName');
  await filters.getByRole('button', { name: 'Сбросить фильтры' }).click();
  await filters.getByLabel('Кто', { exact: true }).fill('нет такого человека');
  await expect(page.getByText('Записей, подходящих под фильтры, нет.')).toBeVisible();
  await filters.getByRole('button', { name: 'Сбросить фильтры' }).click();

  // Verify: chain, anchor and every register row.
  await page.getByRole('button', { name: 'Проверить журнал' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Журнал цел' })).toBeVisible();

  // Issue a seal, save it as a file, and read its count and hash.
  await page.getByRole('button', { name: 'Выдать печать журнала' }).click();
  const sealCard = page.getByRole('region', { name: 'Печать журнала' });
  await expect(sealCard).toContainText('Записей в журнале');
  const sealFile = join(harness.dataDir, 'seal.json');
  harness.dialogs.nextSave.push(sealFile);
  await sealCard.getByRole('button', { name: 'Сохранить файл печати' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Файл сохранён' }).last()).toBeVisible();
  const seal = JSON.parse(await readFile(sealFile, 'utf8')) as { count: number; hash: string };
  // The printable seal: a PDF with the count and the hash to sign.
  const sealPdf = join(harness.dataDir, 'seal.pdf');
  harness.dialogs.nextSave.push(sealPdf);
  await sealCard.getByRole('button', { name: 'Сохранить PDF' }).click();
  await expect(page.getByRole('status').filter({ hasText: sealPdf }).last()).toBeVisible();
  expect((await readFile(sealPdf)).subarray(0, 5).toString()).toBe('%PDF-');
  await copyFile(sealPdf, 'test-results/audit-seal.pdf');
  await page.screenshot({ path: 'test-results/audit-trail.png', fullPage: true });

  // Someone deletes the last entries behind the app; the check against the printed seal finds it.
  await harness.ctx.db.exec(
    'DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id > (SELECT max(id) - 3 FROM audit_log)',
  );
  const typed = page.getByRole('form', { name: 'Сверить с печатью на бумаге' });
  await typed.getByLabel('Число записей с печати').fill(String(seal.count));
  await typed.getByLabel('SHA-256 с печати').fill(seal.hash);
  await typed.getByRole('button', { name: 'Сверить' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'записи удалены' })).toBeVisible();
  await page.screenshot({ path: 'test-results/audit-trail-seal-broken.png', fullPage: true });

  // Export the filtered log as CSV and PDF.
  await filters.getByLabel('Вид записи').selectOption('organisation');
  const csvFile = join(harness.dataDir, 'audit.csv');
  harness.dialogs.nextSave.push(csvFile);
  await page.getByRole('button', { name: 'Экспорт в CSV' }).click();
  await expect(page.getByRole('status').filter({ hasText: csvFile }).last()).toBeVisible();
  const csv = await readFile(csvFile, 'utf8');
  expect(csv.startsWith('\uFEFF№ записи;Время;Действие;Запись')).toBe(true);
  expect(csv).toContain('Организация');
  const records = csv
    .split('\r\n')
    .slice(1, -1)
    .map((line) => line.split(';')[3]);
  expect(records.length).toBeGreaterThan(0);
  expect(new Set(records)).toEqual(new Set(['Организация']));
  const pdfFile = join(harness.dataDir, 'audit.pdf');
  harness.dialogs.nextSave.push(pdfFile);
  await page.getByRole('button', { name: 'Сохранить PDF' }).first().click();
  // Printing the trail to PDF is long work (Chromium lays out every page): as long as other PDFs get.
  await expect(page.getByRole('status').filter({ hasText: pdfFile }).last()).toBeVisible({ timeout: 30_000 });
  expect((await readFile(pdfFile)).subarray(0, 5).toString()).toBe('%PDF-');
  await copyFile(pdfFile, 'test-results/audit-log.pdf');
});

test('a restore shows what the check of the copy found before anything is replaced', async ({
  page,
  harness,
}) => {
  await loadRegisterDemo(page);
  const nav = page.getByRole('navigation', { name: 'Разделы' });
  await nav.getByRole('button', { name: 'Резервные копии' }).click();
  await page.getByRole('button', { name: 'Создать резервную копию сейчас' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Резервная копия создана' }).last()).toBeVisible();
  await page
    .getByRole('button', { name: /^Восстановить: / })
    .first()
    .click();
  const dialog = page.getByRole('dialog', { name: 'Восстановить данные из резервной копии?' });
  await expect(dialog.getByRole('status')).toContainText('Копия проверена');
  await expect(dialog).toContainText('записей журнала');
  await dialog.getByRole('button', { name: 'Отмена' }).click();

  // A copy with a broken audit chain cannot be restored: the reasons are listed.
  const files = (await readdir(join(harness.dataDir, 'backups'))).filter((f) => f.endsWith('-manual.sqlite'));
  const sqlite3 = (await import('sqlite3')).default;
  await new Promise<void>((ok, fail) => {
    const db = new sqlite3.Database(join(harness.dataDir, 'backups', files[0] ?? ''), (e) => {
      if (e) return fail(e);
      db.exec(
        "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor_person = 'Подлог' WHERE id = 1",
        (err) => db.close(() => (err ? fail(err) : ok())),
      );
    });
  });
  await page
    .getByRole('button', { name: /^Восстановить: / })
    .first()
    .click();
  const refused = page.getByRole('dialog', { name: 'Проверка резервной копии' });
  await expect(refused.getByRole('alert')).toContainText('цепочка журнала изменений в копии нарушена');
  await page.screenshot({ path: 'test-results/restore-refused.png' });
  await refused.getByRole('button', { name: 'Закрыть' }).click();
});
