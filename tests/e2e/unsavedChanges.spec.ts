import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const openNewRecipient = async (page: Page) => {
  await page.getByRole('button', { name: 'Загрузить демонстрационные данные' }).click();
  await page
    .getByRole('navigation', { name: 'Разделы' })
    .getByRole('button', { name: 'Реестр получателей' })
    .click();
  await page.getByRole('button', { name: 'Добавить получателя' }).first().click();
  await page.getByLabel('Наименование').fill('ООО «Незаконченный Курьер»');
};

test('leaving a form with unsaved changes asks first; staying keeps what was typed', async ({ page }) => {
  await openNewRecipient(page);
  const nav = page.getByRole('navigation', { name: 'Разделы' });

  await nav.getByRole('button', { name: 'Инциденты' }).click();
  const ask = page.getByRole('dialog', { name: 'Несохранённые изменения' });
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Отмена' }).click();
  await expect(page.getByLabel('Наименование')).toHaveValue('ООО «Незаконченный Курьер»');

  // «Отмена» of the form itself asks too; leaving without saving goes.
  await page.getByRole('button', { name: 'Отмена', exact: true }).click();
  await ask.getByRole('button', { name: 'Уйти без сохранения' }).click();
  await expect(page.getByRole('heading', { name: 'Реестр получателей', level: 1 })).toBeVisible();

  // A form nobody touched is left without a question.
  await page.getByRole('button', { name: 'Добавить получателя' }).first().click();
  await nav.getByRole('button', { name: 'Инциденты' }).click();
  await expect(page.getByRole('heading', { name: 'Инциденты', level: 1 })).toBeVisible();
});

test('switching the organisation asks before dropping a form; the language switch keeps it', async ({
  page,
}) => {
  await openNewRecipient(page);
  const switcher = page.getByLabel('Текущая организация');
  const before = await switcher.inputValue();
  await switcher.selectOption({ index: 1 });
  const ask = page.getByRole('dialog', { name: 'Несохранённые изменения' });
  await ask.getByRole('button', { name: 'Отмена' }).click();
  await expect(switcher).toHaveValue(before);
  await expect(page.getByLabel('Наименование')).toHaveValue('ООО «Незаконченный Курьер»');

  await page.getByRole('group', { name: 'Язык / Language' }).getByRole('button', { name: 'EN' }).click();
  await expect(page.getByLabel('Legal name')).toHaveValue('ООО «Незаконченный Курьер»');
  await page.getByRole('group', { name: 'Язык / Language' }).getByRole('button', { name: 'RU' }).click();

  await switcher.selectOption({ index: 1 });
  await ask.getByRole('button', { name: 'Уйти без сохранения' }).click();
  await expect(switcher).not.toHaveValue(before);
});

test('closing the window over unsaved changes is stopped by beforeunload; a clean page closes', async ({
  page,
}) => {
  await openNewRecipient(page);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.type());
    void dialog.dismiss(); // the officer stays
  });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => dialogs).toEqual(['beforeunload']);
  expect(page.isClosed()).toBe(false);

  // Changes dropped on purpose: nothing holds the window any more.
  await page.getByRole('button', { name: 'Отмена', exact: true }).click();
  await page
    .getByRole('dialog', { name: 'Несохранённые изменения' })
    .getByRole('button', { name: 'Уйти без сохранения' })
    .click();
  await expect(page.getByRole('heading', { name: 'Реестр получателей', level: 1 })).toBeVisible();
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => page.isClosed()).toBe(true);
  expect(dialogs).toEqual(['beforeunload']);
});
