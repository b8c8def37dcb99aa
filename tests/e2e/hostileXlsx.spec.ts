import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createHandlers } from '../../electron/handlers';
import { dispatch } from '../../electron/ipc/dispatch';
import { craftWorkbook, spacesBomb } from '../integration/imports/hostileZipFiles';
import { kgOrganisation } from '../support/fixtures';
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
  // One shop is all the import page needs (not the demo, whose 3,000-row import is slow on a busy machine).
  expect(await dispatch(createHandlers(harness.ctx), 'organisations:create', kgOrganisation)).toMatchObject({
    ok: true,
  });
  await page.reload();
  await expect(page.getByLabel('Текущая организация')).toContainText(kgOrganisation.name);
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
