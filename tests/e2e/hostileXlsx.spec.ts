import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { craftWorkbook, spacesBomb } from '../integration/imports/hostileZipFiles';
import { loadRegisterDemo } from './demoSupport';
import { expect, test } from './fixtures';

test('a zip bomb chosen as a shop export is refused next to the file button, in Russian', async ({
  page,
  harness,
}) => {
  // 1 GiB of sheet XML in ~1 MB, its size declared as 4 KB: stopped while unpacking.
  const file = join(harness.dataDir, 'заказы.xlsx');
  await writeFile(
    file,
    craftWorkbook([
      { name: 'xl/worksheets/sheet1.xml', data: spacesBomb(1024, '<worksheet><sheetData>'), size: 4000 },
    ]),
  );
  // The shops and their registers only: the refusal needs an organisation, not 3,000 imported orders.
  await loadRegisterDemo(page);
  await page
    .getByRole('navigation', { name: 'Разделы' })
    .getByRole('button', { name: 'Импорт выгрузок', exact: true })
    .click();
  harness.dialogs.nextOpen.push(file);
  await page.getByRole('button', { name: 'Выбрать файл…' }).click();
  const refusal = page
    .getByRole('alert')
    .filter({ hasText: 'Книга XLSX распаковывается в недопустимо большой объём' });
  await expect(refusal).toBeVisible({ timeout: 30_000 });
  await expect(refusal).not.toContainText('import.');
  await expect(page.getByRole('button', { name: 'Выбрать файл…' })).toHaveAccessibleDescription(
    /похоже на «zip-бомбу»/,
  );
});
