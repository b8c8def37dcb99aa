import { expect, test } from './fixtures';

/** A policy whose list of recipients names a kind the vocabulary does not know (auditors). */
const POLICY = `1. Общие положения
1.1. Настоящая политика действует в отношении ОсОО «Тест».
2. Передача данных
2.1. Оператор вправе передавать персональные данные:
- курьерским службам для доставки заказов;
- аудиторским организациям для проверки отчётности.
3. Претензии
3.1. До обращения в суд обязательно предъявление претензии. Срок ответа на претензию — 30 календарных дней.
4. Право
4.1. К отношениям применяется право Кыргызской Республики. Споры рассматриваются в судах Кыргызской Республики.
`;

test('an officer states by hand a fact the extraction did not read and corrects one it read, each citing its clause', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'Создать первую организацию' }).click();
  await page.getByLabel('Наименование', { exact: false }).first().fill('Интернет-магазин «Тест»');
  await page.getByLabel('Юрисдикция').selectOption('KG');
  await page.getByRole('textbox', { name: 'ИНН', exact: true }).fill('02311201910245');
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Организация создана' }).last()).toBeVisible();

  // Paste the policy's text.
  const nav = page.getByRole('navigation', { name: 'Разделы' });
  await nav.getByRole('button', { name: 'Политика' }).click();
  await page.getByRole('button', { name: 'Загрузить редакцию' }).first().click();
  const load = page.getByRole('dialog');
  await load.getByLabel('Дата вступления в силу').fill('01.03.2025');
  await load.getByLabel('Вставить текст').check();
  await load.getByLabel('Текст политики').fill(POLICY);
  await load.getByRole('button', { name: 'Загрузить текст' }).click();
  await expect(page.getByRole('heading', { name: 'Редакция № 1 от 01.03.2025', level: 1 })).toBeVisible();

  // The auditors were not recognised: state them by hand, for the clause that names them.
  await page.getByRole('tab', { name: 'Сведения' }).click();
  const facts = page.getByRole('tabpanel', { name: 'Сведения' });
  const recipients = facts.getByRole('region', { name: 'Кому разрешена передача' });
  await expect(recipients).toContainText(
    'Не распознано п. 2.1 аудиторским организациям для проверки отчётности.',
  );
  await recipients.getByRole('button', { name: 'Добавить сведение по п. 2.1' }).click();
  const dialog = page.getByRole('dialog', { name: 'Сведение из политики' });
  await expect(dialog.getByLabel('Пункт политики')).toHaveValue('2.1');
  await expect(dialog.getByRole('figure')).toContainText('аудиторским организациям');
  // Nothing chosen yet: said next to the field, nothing saved.
  await dialog.getByRole('button', { name: 'Сохранить сведение' }).click();
  await expect(dialog.getByLabel('Вид сведения')).toHaveAccessibleDescription(/Выберите значение/);
  await dialog
    .getByLabel('Вид сведения')
    .selectOption({ label: 'Вид получателя, которому разрешена передача' });
  // A kind the extraction already read is refused by the main process, next to the value.
  await dialog.getByLabel('Значение').selectOption({ label: 'Курьерская служба' });
  await dialog.getByRole('button', { name: 'Сохранить сведение' }).click();
  await expect(dialog.getByLabel('Значение')).toHaveAccessibleDescription(
    /Такое сведение уже есть и применяется/,
  );
  await dialog.getByLabel('Значение').selectOption({ label: 'Иной получатель' });
  await dialog.getByRole('button', { name: 'Сохранить сведение' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Сведение сохранено' }).last()).toBeVisible();
  const added = recipients.getByRole('listitem').filter({ hasText: 'Иной получатель' });
  await expect(added).toContainText('п. 2.1');
  await expect(added).toContainText('Добавлено вручную');

  // The claim period was read as 30 calendar days; the officer corrects it to 10 working days.
  const claim = facts.getByRole('region', { name: 'Претензионный порядок' });
  await claim
    .getByRole('button', { name: 'Исправить: Срок ответа на претензию: 30 календарных дней' })
    .click();
  const correct = page.getByRole('dialog', { name: 'Исправление сведения' });
  await expect(correct).toContainText('будет отклонено');
  await correct.getByLabel('Срок').fill('0');
  await correct.getByRole('button', { name: 'Сохранить сведение' }).click();
  await expect(correct.getByLabel('Срок')).toHaveAccessibleDescription(/целое число от 1 до 366/);
  await correct.getByLabel('Срок').fill('10');
  await correct.getByLabel('Единица').selectOption({ label: 'рабочих дней' });
  await correct.getByRole('button', { name: 'Сохранить сведение' }).click();
  await expect(correct).toBeHidden();
  await expect(
    claim.getByRole('checkbox', { name: 'Применять: Срок ответа на претензию: 30 календарных дней' }),
  ).not.toBeChecked();
  const corrected = claim
    .getByRole('listitem')
    .filter({ hasText: 'Срок ответа на претензию: 10 рабочих дней' });
  await expect(corrected).toContainText('п. 3.1');
  await expect(corrected).toContainText('Исправлено вручную');

  // Confirm the version: the claim rule now takes the corrected period from clause 3.1.
  await page.getByRole('button', { name: 'Подтвердить редакцию' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Подтвердить редакцию' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Редакция подтверждена' }).last()).toBeVisible();
  await expect(facts.getByRole('button', { name: /^Исправить|^Изменить|^Удалить/ })).toHaveCount(0);
  await nav.getByRole('button', { name: 'Обращения' }).click();
  await page.getByRole('button', { name: 'Зарегистрировать обращение' }).first().click();
  await page.getByLabel('Вид обращения').selectOption('claim');
  await expect(page.getByRole('group', { name: 'Срок ответа' }).getByRole('note')).toHaveText(
    'Срок ответа на претензию взят из п. 3.1 Политики (ред. от 01.03.2025): 10 рабочих дней.',
  );
});
