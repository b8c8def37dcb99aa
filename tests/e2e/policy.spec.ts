import { join } from 'node:path';
import { expect, test } from './fixtures';

const SAMPLE = join(__dirname, '../../resources/demo-policies/istore-kg.txt');

test('an officer loads the privacy policy, checks its clauses and facts, confirms it, sees a register problem it causes and an answer quoting the claim clause', async ({
  page,
  harness,
}) => {
  await page.getByRole('button', { name: 'Создать первую организацию' }).click();
  await page.getByLabel('Наименование', { exact: false }).first().fill('Интернет-магазин «istore.kg»');
  await page.getByLabel('Юрисдикция').selectOption('KG');
  await page.getByRole('textbox', { name: 'ИНН', exact: true }).fill('02311201910245');
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Организация создана' }).last()).toBeVisible();

  // A payment processor in the register (the sample policy allows couriers, post, telecom, state bodies).
  const nav = page.getByRole('navigation', { name: 'Разделы' });
  await nav.getByRole('button', { name: 'Реестр получателей' }).click();
  await page.getByRole('button', { name: 'Добавить получателя' }).first().click();
  await page.getByLabel('Тип получателя').selectOption('bank');
  await page.getByLabel('Наименование').fill('ОАО «Оптима Банк»');
  await page.getByLabel('Цели передачи').fill('Приём оплаты банковскими картами');
  await page.getByRole('checkbox', { name: 'ФИО' }).check();
  await page.getByRole('checkbox', { name: 'Платёжные данные' }).check();
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Получатель добавлен в реестр' }).last(),
  ).toBeVisible();

  // Load the policy file: it opens as a draft with its clause tree next to the original text.
  await nav.getByRole('button', { name: 'Политика' }).click();
  await expect(page.getByRole('heading', { name: 'Политика ещё не загружена' })).toBeVisible();
  await page.getByRole('button', { name: 'Загрузить редакцию' }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Дата вступления в силу').fill('01.03.2025');
  harness.dialogs.nextOpen.push(SAMPLE);
  await dialog.getByRole('button', { name: 'Выбрать файл…' }).click();
  await expect(page.getByRole('heading', { name: 'Редакция № 1 от 01.03.2025', level: 1 })).toBeVisible();
  await expect(page.getByText('Черновик', { exact: true })).toBeVisible();

  const tree = page.getByRole('tree', { name: 'Пункты политики' });
  await expect(tree.getByRole('treeitem')).toHaveCount(73);
  await tree.getByRole('treeitem').filter({ hasText: 'Получатель претензии' }).click();
  const original = page.getByRole('region', { name: 'Исходный текст' });
  await expect(original.getByLabel('п. 8.2')).toContainText(
    'Получатель претензии в течение 30 календарных дней',
  );

  // The facts: the retention flag, the law-versus-courts flag, the claim period with its clause.
  await page.getByRole('tab', { name: 'Сведения' }).click();
  const facts = page.getByRole('tabpanel', { name: 'Сведения' });
  await expect(facts).toContainText('Без ограничения срока');
  await expect(facts).toContainText('Противоречит принципу ограничения срока хранения');
  await expect(facts).toContainText('Право одной страны, суды другой');
  await expect(
    facts.getByRole('listitem').filter({ hasText: 'Срок ответа на претензию: 30 календарных дней' }),
  ).toContainText('п. 8.2');

  // Confirm: irreversible, so asked first.
  await page.getByRole('button', { name: 'Подтвердить редакцию' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Подтвердить редакцию' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Редакция подтверждена' }).last()).toBeVisible();
  await expect(page.getByText('Действует', { exact: true })).toBeVisible();

  // The register: the bank is a problem, with the clauses it contradicts.
  await nav.getByRole('button', { name: 'Реестр получателей' }).click();
  await page.getByLabel('Только проблемные').check();
  const register = page.getByRole('table', { name: 'Реестр получателей' });
  const bank = register.getByRole('row').filter({ hasText: 'Оптима Банк' });
  await expect(bank).toContainText('Вид получателя не предусмотрен Политикой (п. 5.2, 5.3 Политики)');
  await expect(bank).toContainText(
    'Передаются данные, которые Политика не собирает (п. 3.2, 3.3, 3.4 Политики)',
  );

  // A claim: the rule says where its period comes from; the answer quotes clause 8.2.
  await nav.getByRole('button', { name: 'Обращения' }).click();
  await page.getByRole('button', { name: 'Зарегистрировать обращение' }).first().click();
  await page.getByLabel('Вид обращения').selectOption('claim');
  await page.getByLabel('Дата получения').fill('05.11.2026');
  const deadlineSection = page.getByRole('group', { name: 'Срок ответа' });
  await expect(deadlineSection.getByRole('note')).toHaveText(
    'Срок ответа на претензию взят из п. 8.2 Политики (ред. от 01.03.2025): 30 календарных дней.',
  );
  await page.getByLabel('ФИО или наименование отправителя').fill('Асанов Бакыт Кенешович');
  await page.getByLabel('Требования', { exact: true }).fill('вернуть стоимость товара');
  await page.getByRole('button', { name: 'Зарегистрировать', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Срок ответа' })).toContainText('(п. 8.2 Политики)');
  await page.getByRole('button', { name: 'Подготовить ответ' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Создать проект' }).click();
  await expect(page.getByLabel('Правовые основания')).toHaveValue(
    /Согласно п\. 8\.2 Политики конфиденциальности \(ред\. от 01\.03\.2025\): «Получатель претензии в течение 30 календарных дней/,
  );
});
