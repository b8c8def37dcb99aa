import type { Page } from '@playwright/test';
import { createHandlers } from '../../electron/handlers';
import { dispatch } from '../../electron/ipc/dispatch';
import type { Harness } from './harness/harness';
import { claimInput } from '../integration/correspondenceFixtures';
import { kgOrganisation } from '../support/fixtures';
import { expect, test } from './fixtures';

/** Records entered earlier through the real handlers, then the app opens on the organisation. */
const setUp = async (page: Page, harness: Harness) => {
  const handlers = createHandlers(harness.ctx);
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const result = (await dispatch(handlers, channel as never, input)) as { ok: boolean; value: T };
    expect(result.ok, `${channel} ${JSON.stringify(result)}`).toBe(true);
    return result.value;
  };
  const organisationId = (await call<{ id: number }>('organisations:create', kgOrganisation)).id;
  await call('settings:update', { currentOrganisationId: organisationId });
  const open = async (section: string) => {
    await page.reload();
    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('button', { name: section }).click();
  };
  return { call, organisationId, open };
};

const rowsOf = (page: Page, table: string) => page.getByRole('table', { name: table }).getByRole('row');
const pager = (page: Page, label = 'Страницы') => page.getByRole('navigation', { name: label });

test('the incoming register pages, searches by sender and narrows to data-subject requests', async ({
  page,
  harness,
}) => {
  const { call, organisationId, open } = await setUp(page, harness);
  const today = new Date().toISOString().slice(0, 10);
  for (let i = 1; i <= 51; i += 1)
    await call('correspondence:register', claimInput(organisationId, { receivedDate: today }));
  await call(
    'correspondence:register',
    claimInput(organisationId, {
      kind: 'access',
      receivedDate: today,
      sender: { name: 'Жумабекова Айгерим Талантовна', address: 'г. Бишкек' },
    }),
  );
  await open('Обращения');

  const rows = rowsOf(page, 'Журнал входящих обращений');
  await expect(rows).toHaveCount(51); // 50 and the header
  await expect(pager(page)).toContainText('1–50 из 52');
  await pager(page).getByRole('button', { name: 'Вперёд' }).click();
  await expect(rows).toHaveCount(3);
  await expect(pager(page)).toContainText('51–52 из 52');

  // A search goes back to the first page and finds the one request by its sender.
  await page.getByRole('searchbox', { name: 'Поиск' }).fill('Жумабекова');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText('Запрос сведений');
  await page.getByRole('button', { name: 'Сбросить фильтры' }).click();
  await expect(rows).toHaveCount(51);

  // The kind filter alone.
  await page.getByLabel('Вид').selectOption({ label: 'Запрос сведений' });
  await expect(rows).toHaveCount(2);
  await expect(page.getByRole('navigation', { name: 'Страницы' })).toContainText('1–1 из 1');
  await page.getByLabel('Вид').selectOption({ label: 'Уничтожение ПД' });
  await expect(page.getByText('Ничего не найдено')).toBeVisible();
  await page.getByRole('button', { name: 'Сбросить фильтры' }).first().click();
  await expect(rows).toHaveCount(51);
});

test('the subjects ledger pages and searches, and a long e-mail shows in full on focus', async ({
  page,
  harness,
}) => {
  const { call, organisationId, open } = await setUp(page, harness);
  for (let i = 1; i <= 52; i += 1)
    await call('subjects:create', {
      organisationId,
      fullName: `Тестов Субъект ${String(i).padStart(2, '0')}`,
      phone: '',
      email: i === 7 ? 'very.long.address.of.a.customer.who.wrote.in@example-shop.kg' : '',
    });
  await open('Субъекты');

  const rows = rowsOf(page, 'Субъекты персональных данных');
  await expect(rows).toHaveCount(51);
  await expect(page.getByText('Всего: 52')).toBeVisible();
  await pager(page).getByRole('button', { name: 'Последняя' }).click();
  await expect(rows).toHaveCount(3);

  await page.getByRole('searchbox', { name: 'Поиск' }).fill('Субъект 07');
  await expect(rows).toHaveCount(2);
  await expect(page.getByText('Найдено: 1')).toBeVisible();
  const email = rows.nth(1).getByText('very.long.address.of.a.customer.who.wrote.in@example-shop.kg');
  await expect(email).toHaveAttribute(
    'title',
    'very.long.address.of.a.customer.who.wrote.in@example-shop.kg',
  );
  await email.focus();
  await expect(email).toBeFocused();

  await page.getByRole('searchbox', { name: 'Поиск' }).fill('Никто Такой');
  await expect(page.getByText('Никого не найдено')).toBeVisible();
});

test('the import history pages, finds a file by name and narrows to undone imports', async ({
  page,
  harness,
}) => {
  const { organisationId, open } = await setUp(page, harness);
  // Twenty-three earlier imports (the history of a shop that imports every week), one of them undone.
  for (let i = 1; i <= 23; i += 1)
    await harness.ctx.db.run(
      `INSERT INTO imports (organisation_id, file_name, file_sha256, file_size, preset, source, encoding, status,
         started_at, finished_at, actor_os, actor_person, undone_at)
       VALUES (:organisationId, :fileName, 'abc', 1024, 'bitrix', 'bitrix', 'utf8', 'completed',
         :at, :at, 'officer', '', :undoneAt)`,
      {
        organisationId,
        fileName: `orders-week-${String(i).padStart(2, '0')}.csv`,
        at: `2026-${String(1 + Math.floor(i / 4)).padStart(2, '0')}-1${i % 4}T10:00:00Z`,
        undoneAt: i === 5 ? '2026-11-01T10:00:00Z' : null,
      },
    );
  await open('Импорт выгрузок');

  const rows = rowsOf(page, 'История импортов');
  const historyPager = pager(page, 'Страницы истории импортов');
  await expect(rows).toHaveCount(21);
  await expect(historyPager).toContainText('1–20 из 23');
  await expect(rows.nth(1)).toContainText('orders-week-23.csv');
  await historyPager.getByRole('button', { name: 'Вперёд' }).click();
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(3)).toContainText('orders-week-01.csv');

  const filters = page.getByRole('search', { name: 'Отбор импортов' });
  await filters.getByRole('searchbox', { name: 'Файл' }).fill('week-1');
  await expect(rows).toHaveCount(11);
  await expect(page.getByRole('status').filter({ hasText: 'Импортов: 10' })).toBeVisible();
  await filters.getByRole('searchbox', { name: 'Файл' }).fill('');
  await filters.getByLabel('Статус').selectOption({ label: 'Отменён' });
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText('orders-week-05.csv');
  await filters.getByLabel('Статус').selectOption({ label: 'Ошибка' });
  await expect(page.getByText('Нет импортов по этому отбору')).toBeVisible();
  await page.getByRole('button', { name: 'Сбросить отбор' }).first().click();
  await expect(rows).toHaveCount(21);
});

test('the organisations list pages, searches by name or number and shows the archived on request', async ({
  page,
  harness,
}) => {
  const { call, open } = await setUp(page, harness);
  for (let i = 1; i <= 25; i += 1)
    await call('organisations:create', { ...kgOrganisation, name: `Магазин ${String(i).padStart(2, '0')}` });
  const closed = await call<{ id: number }>('organisations:create', {
    ...kgOrganisation,
    name: 'ТОО «Закрытый магазин»',
    jurisdiction: 'KZ',
    registrationNumber: '180340021791',
  });
  await call('organisations:archive', { id: closed.id });
  await open('Организации');

  const rows = rowsOf(page, 'Список организаций');
  const listPager = pager(page, 'Страницы списка организаций');
  await expect(rows).toHaveCount(26); // 26 open organisations, 25 a page
  await expect(listPager).toContainText('1–25 из 26');
  await listPager.getByRole('button', { name: 'Вперёд' }).click();
  await expect(rows).toHaveCount(2);

  const search = page.getByRole('searchbox', { name: 'Поиск' });
  await search.fill('магазин 1');
  await expect(rows).toHaveCount(11);
  await search.fill('180340');
  await expect(page.getByText('Нет организаций по этому отбору')).toBeVisible();
  await page.getByRole('checkbox', { name: 'Показать архивные' }).check();
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText('ТОО «Закрытый магазин»');
  await expect(rows.nth(1)).toContainText('В архиве');
  await page.getByRole('button', { name: 'Сбросить отбор' }).click();
  await expect(search).toHaveValue('');
  await page.getByRole('checkbox', { name: 'Показать архивные' }).uncheck();
  await expect(listPager).toContainText('1–25 из 26');

  // Archiving from the card: back on the list (kept as it was), the change shows without a reload.
  await rows.nth(2).getByRole('button', { name: 'Магазин 01' }).press('Enter');
  await expect(page.getByRole('heading', { name: 'Магазин 01', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'В архив' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'В архив' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'в архив' }).last()).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Разделы' })
    .getByRole('button', { name: 'Организации' })
    .click();
  await expect(listPager).toContainText('1–25 из 25');
  await expect(page.getByRole('table', { name: 'Список организаций' })).not.toContainText('Магазин 01');
});
