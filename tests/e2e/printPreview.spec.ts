import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from './fixtures';

test('print preview fits the page to the dialog, zooms, and prints or saves from the preview', async ({
  page,
  harness,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByRole('button', { name: 'Загрузить демонстрационные данные' }).click();
  await page
    .getByRole('navigation', { name: 'Разделы' })
    .getByRole('button', { name: 'Реестр получателей' })
    .click();
  await page.getByRole('button', { name: 'Предпросмотр' }).click();
  const dialog = page.getByRole('dialog', { name: 'Предпросмотр печатного реестра' });
  const frame = page.frameLocator('iframe[title="Предпросмотр: Предпросмотр печатного реестра"]');
  await expect(frame.getByText('Реестр получателей персональных данных').first()).toBeVisible();

  // Fitted: the whole (landscape) sheet is as wide as the frame at most, below 100 %.
  const zoom = dialog.getByRole('status', { name: 'Масштаб' });
  await expect(dialog.getByRole('button', { name: 'По ширине окна' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const fitted = Number((await zoom.textContent())?.replace(/\D/g, ''));
  expect(fitted).toBeGreaterThan(30);
  expect(fitted).toBeLessThan(100);
  const overflows = () => frame.locator('html').evaluate((html) => html.scrollWidth > html.clientWidth + 1);
  await expect.poll(overflows).toBe(false);

  // Zoom in past the window: the sheet no longer fits; actual size is 100 %; fit again.
  await dialog.getByRole('button', { name: 'Крупнее' }).click();
  await dialog.getByRole('button', { name: 'Крупнее' }).click();
  await expect(zoom).not.toHaveText(`${fitted} %`);
  await expect.poll(overflows).toBe(true);
  await dialog.getByRole('button', { name: 'Реальный размер' }).click();
  await expect(zoom).toHaveText('100 %');
  await dialog.getByRole('button', { name: 'Мельче' }).click();
  await expect(zoom).toHaveText('90 %');
  await dialog.getByRole('button', { name: 'По ширине окна' }).click();
  await expect(zoom).toHaveText(`${fitted} %`);

  // Print and save from the preview itself.
  await dialog.getByRole('button', { name: 'Печать', exact: true }).click();
  await expect.poll(() => harness.printJobs.length).toBe(1);
  const pdfPath = join(harness.dataDir, 'preview.pdf');
  harness.dialogs.nextSave.push(pdfPath);
  await dialog.getByRole('button', { name: 'Сохранить PDF' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Файл сохранён' }).last()).toBeVisible();
  const text = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('Реестр получателей персональных данных');
  await dialog.getByRole('button', { name: 'Закрыть' }).click();
  await expect(dialog).toBeHidden();
});
