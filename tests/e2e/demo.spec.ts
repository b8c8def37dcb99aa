import { resolve } from 'node:path';
import { expect, test } from './fixtures';

const shot = (name: string) => resolve(__dirname, '../../test-results/e2e-shots', `${name}.png`);

test('a fresh start loads the demo with its progress; the start page shows each capability; removal asks first', async ({
  page,
}) => {
  // The demo's import of 3,000 rows runs through three worker processes (sniff, scan, import): a
  // legitimately long test, marked as such (Playwright triples its time limit), not a longer default.
  test.slow();
  await page.getByRole('button', { name: 'Загрузить демонстрационные данные' }).click();
  // Several seconds of work (an import of 3,000 rows among them): the steps are shown as they run.
  await expect(page.getByRole('progressbar', { name: 'Загрузка демонстрационных данных' })).toBeVisible();
  const start = page.getByRole('heading', { name: 'Сроки', level: 1 });
  await expect(start).toBeVisible({ timeout: 120_000 });
  await expect(page.getByLabel('Текущая организация')).toContainText('istore.kg');

  const panel = page.getByRole('region', { name: /Демонстрационные данные/ });
  await expect(panel).toContainText('Демо');
  const facts = panel.getByRole('list', { name: 'Демонстрационные данные' });
  await expect(facts.getByRole('listitem').filter({ hasText: 'Магазины' })).toContainText('KG · KZ · RU');
  await expect(facts.getByRole('listitem').filter({ hasText: 'Получатели в реестрах' })).toContainText('18');
  await expect(
    facts.getByRole('listitem').filter({ hasText: 'Заказов из импортированной выгрузки' }),
  ).toContainText(/\d[\s\u00a0]?\d{3}/);
  await expect(facts).toContainText('Обращений: просрочено 1, с отправленным ответом 1');
  await expect(facts).toContainText(/Инцидентов: сроков уведомления идёт [1-9]/);
  await expect(facts.getByRole('listitem').filter({ hasText: 'Блокировок данных в силе' })).toContainText(
    '1',
  );

  // The start page itself: the overdue claim, the incident's clock this week, the block in force.
  await expect(page.getByRole('region', { name: /Просрочено/ })).toContainText('Асанов');
  await expect(page.getByRole('region', { name: /На этой неделе/ })).toContainText('ИНЦ-');
  await expect(page.getByRole('region', { name: 'Действующие блокирования' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Начало работы' })).toContainText('Выполнено 2 из 4');
  await page.screenshot({ path: shot('start-after-demo-1366') });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: shot('start-after-demo-1920') });
  await page.setViewportSize({ width: 1366, height: 768 });

  // Each fact opens its screen: the imported orders are in the subject ledger.
  await facts.getByRole('button', { name: 'Открыть: Заказов из импортированной выгрузки' }).click();
  await expect(page.getByRole('heading', { name: 'Субъекты', level: 1 })).toBeVisible();
  await page.getByRole('navigation', { name: 'Разделы' }).getByRole('button', { name: 'Сроки' }).click();

  // Removal asks first; cancelled, nothing changes.
  await panel.getByRole('button', { name: 'Убрать демонстрационные данные…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Убрать демонстрационные данные?' });
  await expect(dialog).toContainText('Ничего не удаляется');
  await dialog.getByRole('button', { name: 'Отмена' }).click();
  await expect(panel).toBeVisible();
  await panel.getByRole('button', { name: 'Убрать демонстрационные данные…' }).click();
  await dialog.getByRole('button', { name: 'Перенести в архив' }).click();
  await expect(page.getByRole('heading', { name: 'Добро пожаловать в Compliance Desk' })).toBeVisible();
});
