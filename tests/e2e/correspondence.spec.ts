import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';

/** The text of a PDF as one line: whitespace runs collapsed, soft hyphens removed. */
const pdfText = (path: string): string =>
  execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' })
    .replace(/\u00AD/g, '')
    .replace(/\s+/g, ' ');

test('an officer registers a claim, sees its deadline explained, answers in writing, sends the letter and versions a later edit', async ({
  page,
  harness,
}) => {
  // Demo data: the app opens on «Сроки», where the demo register's overdue reviews are listed.
  await page.getByRole('button', { name: 'Загрузить демонстрационные данные' }).click();
  await expect(page.getByRole('heading', { name: 'Сроки', level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: /ООО «Яндекс».*Пересмотр получателя/ })).toBeVisible();

  // Register a claim received on 05.11.2026 by the KG demo shop; the form shows the due date live.
  await page.getByRole('button', { name: 'Зарегистрировать обращение' }).first().click();
  await expect(page.getByRole('heading', { name: 'Регистрация обращения' })).toBeVisible();
  await page.getByLabel('Вид обращения').selectOption('claim');
  await page.getByLabel('Дата получения').fill('05.11.2026');
  const deadlineSection = page.getByRole('group', { name: 'Срок ответа' });
  await expect(deadlineSection.getByLabel('Правило расчёта срока')).toHaveValue('any.claim.policy');
  await expect(deadlineSection).toContainText('07.12.2026');
  await expect(deadlineSection).toContainText('последний день — суббота');
  await page.getByLabel('ФИО или наименование отправителя').fill('Асанов Бакыт Кенешович');
  await page.getByLabel('Почтовый адрес').fill('720040, г. Бишкек, ул. Киевская, д. 10, кв. 4');
  await page.getByLabel('Номера заказов').fill('A-1001');
  await page.getByLabel('Сумма требования').fill('1500');
  await page
    .getByLabel('Требования', { exact: true })
    .fill('вернуть стоимость товара, доставленного с повреждением упаковки');
  await page.getByRole('button', { name: 'Зарегистрировать', exact: true }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Обращение зарегистрировано: вх. № 1-П/2026' }).last(),
  ).toBeVisible();

  // The item: the due date with the sentence that explains it (30th day is Saturday 05.12 -> Monday).
  await expect(page.getByRole('heading', { name: 'Претензия № 1-П/2026', level: 1 })).toBeVisible();
  const deadline = page.getByRole('region', { name: 'Срок ответа' });
  await expect(deadline).toContainText('07.12.2026');
  await expect(deadline).toContainText(
    '30 календарных дней со дня, следующего за днём получения (п. 8.2 Политики)',
  );
  await expect(deadline).toContainText('последний день — суббота');
  await expect(deadline).toContainText('перенесён на понедельник 07.12.2026');
  await expect(deadline).toContainText('KG:2026-1');

  // Draft an answer from the template, fill in the facts, register it under an outgoing number.
  await page.getByRole('button', { name: 'Подготовить ответ' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Создать проект' }).click();
  await expect(page.getByRole('heading', { name: 'Проект ответа', level: 1 })).toBeVisible();
  await page
    .getByLabel('Установленные обстоятельства')
    .fill('Товар доставлен 03.03.2026 с повреждённой упаковкой.');
  await page.getByRole('button', { name: 'Сохранить', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Ответ сохранён' }).last()).toBeVisible();

  // The template still asks for the date and the way of the refund in [brackets]: the editor counts
  // and marks them, and the letter cannot be numbered until they are written.
  await expect(
    page.getByRole('status').filter({ hasText: 'В письме осталось 2 места для заполнения' }),
  ).toBeVisible();
  await expect(
    page.getByText('Осталось заполнить: [дата] [способом / по реквизитам, указанным в претензии]'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Зарегистрировать (присвоить исх. №)' }).click();
  await page.getByRole('dialog').getByLabel('Дата исходящего письма').fill('20.11.2026');
  await page.getByRole('dialog').getByRole('button', { name: 'Присвоить номер' }).click();
  await expect(page.getByRole('dialog').getByRole('alert')).toContainText(
    'В письме остались места для заполнения в [квадратных скобках]',
  );
  await page.getByRole('dialog').getByRole('button', { name: 'Отмена' }).click();
  await expect(page.getByRole('heading', { name: 'Проект ответа', level: 1 })).toBeVisible();
  await page
    .getByLabel('Что будет сделано и в какой срок')
    .fill('Деньги будут перечислены до 30.11.2026 на карту, с которой оплачен заказ.');
  await page.getByRole('button', { name: 'Сохранить', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'В письме осталось' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Зарегистрировать (присвоить исх. №)' }).click();
  await page.getByRole('dialog').getByLabel('Дата исходящего письма').fill('20.11.2026');
  await page.getByRole('dialog').getByRole('button', { name: 'Присвоить номер' }).click();
  await expect(
    page.getByRole('heading', { name: 'Ответ исх. № Исх-1/2026 от 20.11.2026', level: 1 }),
  ).toBeVisible();

  // Save it as PDF: addressed in the dative with initials, «На № б/н» (the claim had no number of its
  // own: never our incoming one in that line), its own outgoing number.
  const draftPdf = join(harness.dataDir, 'answer.pdf');
  harness.dialogs.nextSave.push(draftPdf);
  await page.getByRole('button', { name: 'Сохранить PDF' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Файл сохранён' }).last()).toBeVisible();
  const letter = pdfText(draftPdf);
  expect(letter).toContain('Исх-1/2026');
  expect(letter).toContain('20.11.2026');
  expect(letter).toContain('1-П/2026');
  expect(letter).toContain('05.11.2026');
  expect(letter).toContain('Товар доставлен 03.03.2026');
  expect(letter).toContain('Асанову Б. К.');
  expect(letter).toContain('Уважаемый Бакыт Кенешович!');
  expect(letter).toMatch(/На № б\/н/);

  // Mark it sent: the letter is frozen (PDF + SHA-256) and read-only.
  await page.getByRole('button', { name: 'Отметить как отправленный' }).click();
  const sendDialog = page.getByRole('dialog');
  await expect(sendDialog).toContainText('письмо фиксируется');
  await sendDialog.getByLabel('Дата отправки').fill('21.11.2026');
  await sendDialog.getByLabel('Способ отправки').selectOption('post');
  await sendDialog.getByRole('button', { name: 'Отметить и зафиксировать' }).click();
  await expect(page.getByRole('region', { name: 'Отправленное письмо' })).toBeVisible();
  await expect(page.getByLabel('Установленные обстоятельства')).toHaveCount(0);
  await page.getByRole('button', { name: 'Проверить целостность' }).click();
  const check = page.getByRole('status').filter({ hasText: 'PDF совпадает с зафиксированным, SHA-256' });
  await expect(check).toBeVisible();
  const sha = /SHA-256 ([0-9a-f]{64})/.exec((await check.textContent()) ?? '')?.[1] ?? '';
  expect(sha).toHaveLength(64);

  // Edit the sent letter: a new version (v2) is created; the sent v1 stays as it was.
  await page.getByRole('button', { name: 'Изменить (создать новую версию)' }).click();
  await page.getByLabel('Что будет сделано и в какой срок').fill('Деньги перечислены 25.11.2026.');
  await page.getByRole('button', { name: 'Сохранить как новую версию' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Создана версия 2' }).last()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Проект ответа', level: 1 })).toBeVisible();
  await expect(page.getByText('Версия 2 · проект', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'К обращению' }).click();
  const answers = page.getByRole('table', { name: 'Письма и версии ответа' });
  await expect(answers.getByRole('row')).toHaveCount(3);
  const v1 = answers.getByRole('row').filter({ hasText: 'Письмо 1, версия 1' });
  await expect(v1).toContainText('Исх-1/2026');
  await expect(v1).toContainText('Отправлен');
  await expect(v1).toContainText(sha);
  await expect(answers.getByRole('row').filter({ hasText: 'Письмо 1, версия 2' })).toContainText('Проект');

  // The frozen PDF of v1 still verifies, and its bytes hash to the stored SHA-256.
  await v1.getByRole('button', { name: 'Письмо 1, версия 1' }).click();
  await expect(
    page.getByRole('heading', { name: 'Ответ исх. № Исх-1/2026 от 20.11.2026', level: 1 }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Проверить целостность' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `PDF совпадает с зафиксированным, SHA-256 ${sha}` }),
  ).toBeVisible();
  const frozen = readFileSync(join(harness.dataDir, 'documents', `${sha}.pdf`));
  expect(createHash('sha256').update(frozen).digest('hex')).toBe(sha);
  expect(pdfText(join(harness.dataDir, 'documents', `${sha}.pdf`))).not.toContain('Деньги перечислены');
});
