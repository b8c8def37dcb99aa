import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openSection, openSubject, seedFamily } from './ledgerSupport';

const ordersOf = (page: Page) => page.getByRole('table', { name: 'Заказы субъекта' });
const changesOf = (page: Page) => page.getByRole('region', { name: 'Объединения и разделения' });

test('a possible match merged from the queue shows on the card and is undone', async ({ page, harness }) => {
  await seedFamily(page, harness);
  await page.getByRole('button', { name: 'Возможные совпадения' }).click();
  const queue = page.getByRole('table', { name: 'Возможные совпадения для проверки' });
  await queue
    .getByRole('row', { name: /Асанова Айгуль/ })
    .getByRole('button', { name: 'Объединить' })
    .click();
  const confirm = page.getByRole('dialog', { name: 'Объединить' });
  await expect(confirm).toContainText('Объединить «Асанова Айгуль» с «Асанов Бакыт»?');
  await confirm.getByRole('button', { name: 'Объединить' }).click();
  await expect(page.getByText('Субъекты объединены')).toBeVisible();
  await expect(page.getByText('Открытых возможных совпадений нет.')).toBeVisible();

  // The merged order is on the husband's card, and the card says who merged what.
  await openSection(page, 'Субъекты');
  await openSubject(page, 'Асанов', 'Асанов Бакыт');
  await expect(ordersOf(page)).toContainText('502');
  await expect(changesOf(page)).toContainText('Объединение: «Асанова Айгуль» → «Асанов Бакыт»');
  await expect(changesOf(page)).toContainText('заказов: 1, контактов: 1');

  // Undo puts her order back on her own card and the pair back in the queue.
  await changesOf(page).getByRole('button', { name: 'Отменить' }).click();
  await page.getByRole('dialog', { name: 'Отменить' }).getByRole('button', { name: 'Отменить' }).click();
  await expect(page.getByText('Изменение отменено')).toBeVisible();
  await expect(ordersOf(page)).not.toContainText('502');
  await expect(changesOf(page)).toContainText('отменено');
  await page.getByRole('button', { name: 'К списку субъектов' }).click();
  await page.getByRole('button', { name: 'Возможные совпадения' }).click();
  // The header and the one pair.
  await expect(
    page.getByRole('table', { name: 'Возможные совпадения для проверки' }).getByRole('row'),
  ).toHaveCount(2);
});

test('a subject is merged from its card with one found by phone', async ({ page, harness }) => {
  await seedFamily(page, harness);
  await openSubject(page, 'Иванов', 'Иванов Иван');
  await page.getByRole('button', { name: 'Объединить с…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Объединить с другим субъектом: «Иванов Иван»' });
  await dialog.getByRole('button', { name: 'Объединить' }).click();
  await expect(dialog.getByText('Выберите субъекта, с которым объединить')).toBeVisible();
  await dialog.getByRole('searchbox', { name: 'Найти субъекта' }).fill('0777 999 888');
  await dialog.getByRole('radio', { name: /Петрова Мария/ }).check();
  await dialog.getByLabel('Основание').fill('Один человек: подтверждено по телефону');
  await dialog.getByRole('button', { name: 'Объединить' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Петрова Мария' })).toBeVisible();
  await expect(changesOf(page)).toContainText('Объединение: «Иванов Иван» → «Петрова Мария»');
  await expect(changesOf(page)).toContainText('Один человек: подтверждено по телефону');
});

test('a split moves the chosen orders and contacts to a new subject, is shown, holds the import undo back and is undone', async ({
  page,
  harness,
}) => {
  await seedFamily(page, harness);
  await openSubject(page, 'Киевская', 'Асанов Бакыт');
  await page.getByRole('button', { name: 'Разделить…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Разделить субъекта «Асанов Бакыт»' });
  await dialog.getByRole('button', { name: 'Разделить' }).click();
  await expect(dialog.getByText('Отметьте хотя бы один заказ или контакт')).toBeVisible();

  const orders = dialog.getByRole('group', { name: 'Заказы, которые переносятся' });
  await orders.getByRole('checkbox', { name: /№ 503/ }).check();
  await dialog
    .getByRole('group', { name: 'Телефоны и e-mail, которые переносятся' })
    .getByRole('checkbox', { name: 'bakyt.new@mail.kg' })
    .check();
  await dialog.getByLabel('ФИО нового субъекта').fill('Асанов Бакыт Маратович');
  await dialog.getByLabel('Основание').fill('Обращение от 05.12.2026: заказ 503 сделал сын');
  await dialog.getByRole('button', { name: 'Разделить' }).click();

  const result = page.getByRole('dialog', { name: 'Разделение выполнено' });
  await expect(result).toContainText(
    'К субъекту «Асанов Бакыт Маратович» перенесено заказов: 1, контактов: 1.',
  );
  await result.getByRole('button', { name: 'Закрыть' }).click();
  await expect(ordersOf(page)).not.toContainText('503');
  await expect(page.getByText('bakyt.new@mail.kg')).toHaveCount(0);
  await expect(changesOf(page)).toContainText('Разделение: «Асанов Бакыт» → «Асанов Бакыт Маратович»');

  // The import cannot be undone while a split depends on it: the refusal names it.
  await openSection(page, 'Импорт выгрузок');
  const history = page.getByRole('table', { name: 'История импортов' });
  await history.getByRole('button', { name: 'Отменить импорт' }).click();
  await page
    .getByRole('dialog', { name: 'Отменить импорт' })
    .getByRole('button', { name: 'Отменить импорт' })
    .click();
  await expect(
    page.getByText(
      /Импорт нельзя отменить: от него зависят более поздние записи — объединение\/разделение № \d+/,
    ),
  ).toBeVisible();

  // The new subject's card holds the order and the e-mail; undo from there returns them.
  await openSection(page, 'Субъекты');
  await openSubject(page, 'Маратович', 'Асанов Бакыт Маратович');
  await expect(ordersOf(page)).toContainText('503');
  await expect(page.getByRole('region', { name: 'Субъект', exact: true })).toContainText('bakyt.new@mail.kg');
  await changesOf(page).getByRole('button', { name: 'Отменить' }).click();
  await page.getByRole('dialog', { name: 'Отменить' }).getByRole('button', { name: 'Отменить' }).click();
  await expect(page.getByText('Изменение отменено')).toBeVisible();
  await openSection(page, 'Субъекты');
  await openSubject(page, 'Киевская', 'Асанов Бакыт');
  await expect(ordersOf(page)).toContainText('503');

  // With the split undone the import goes whole: no subject of it is left behind, not even the split one.
  await openSection(page, 'Импорт выгрузок');
  await history.getByRole('button', { name: 'Отменить импорт' }).click();
  await page
    .getByRole('dialog', { name: 'Отменить импорт' })
    .getByRole('button', { name: 'Отменить импорт' })
    .click();
  await expect(history).toContainText('Отменён');
  await openSection(page, 'Субъекты');
  // The ledger keeps the last search typed («Киевская»): nobody is left under it, nor at all.
  await expect(page.getByRole('heading', { name: 'Никого не найдено' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Поиск' }).fill('');
  await expect(page.getByRole('heading', { name: 'Субъектов пока нет' })).toBeVisible();
});

test('a completed import is undone from the history: its subjects go, the record stays marked', async ({
  page,
  harness,
}) => {
  await seedFamily(page, harness);
  await openSection(page, 'Импорт выгрузок');
  const history = page.getByRole('table', { name: 'История импортов' });
  await history.getByRole('button', { name: 'Отменить импорт' }).click();
  const confirm = page.getByRole('dialog', { name: 'Отменить импорт' });
  await expect(confirm).toContainText('Удалить из учёта всё, что добавил импорт «family.csv»?');
  await confirm.getByRole('button', { name: 'Отменить импорт' }).click();
  await expect(page.getByText('Импорт отменён')).toBeVisible();
  await expect(history).toContainText('Отменён');
  await expect(history.getByRole('button', { name: 'Отменить импорт' })).toHaveCount(0);
  await openSection(page, 'Субъекты');
  await expect(page.getByRole('heading', { name: 'Субъектов пока нет' })).toBeVisible();
});
