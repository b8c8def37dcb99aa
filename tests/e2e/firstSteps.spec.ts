import { createHandlers } from '../../electron/handlers';
import { dispatch } from '../../electron/ipc/dispatch';
import { loadRegisterDemo } from './demoSupport';
import { expect, test } from './fixtures';

test('the start page lists the first steps; the responsible person is asked once and signs the audit trail', async ({
  page,
}) => {
  await loadRegisterDemo(page);
  const steps = page.getByRole('region', { name: 'Начало работы' });
  await expect(steps).toContainText('Выполнено 1 из 4');
  await expect(steps.getByRole('listitem').filter({ hasText: 'Первые получатели в реестре' })).toContainText(
    /выполнено.*В реестре \d+ получател/,
  );
  await expect(steps.getByRole('listitem').filter({ hasText: 'Первая выгрузка заказов' })).toContainText(
    'не выполнено',
  );

  // Asked once: refused empty, next to the field; saved; the step is done.
  await steps.getByRole('button', { name: 'Сохранить' }).click();
  await expect(steps.getByRole('alert')).toHaveText('Обязательное поле');
  await steps.getByLabel('ФИО ответственного').fill('Асанова Айгуль Бакытовна');
  await steps.getByRole('button', { name: 'Сохранить' }).click();
  await expect(steps).toContainText('Выполнено 2 из 4');
  await expect(steps).toContainText('В журнал изменений записывается: Асанова Айгуль Бакытовна');

  // The next change is signed with that name.
  await steps.getByRole('button', { name: 'Открыть импорт' }).click();
  await expect(page.getByRole('heading', { name: 'Импорт выгрузок', level: 1 })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Разделы' })
    .getByRole('button', { name: 'Реестр получателей' })
    .click();
  await page.getByRole('button', { name: 'ЗАО «Альфа Телеком»' }).click();
  await page.getByRole('button', { name: 'В архив' }).click();
  await page.getByRole('dialog').getByLabel('Причина переноса в архив').fill('Проверка подписи');
  await page.getByRole('dialog').getByRole('button', { name: 'В архив' }).click();
  await expect(page.getByRole('region', { name: 'История изменений' })).toContainText(
    'Асанова Айгуль Бакытовна',
  );
});

test('the time zone step confirms the zone deadlines use; the change is audited as the organisation’s settings', async ({
  page,
  harness,
}) => {
  await loadRegisterDemo(page);
  const steps = page.getByRole('region', { name: 'Начало работы' });
  const step = steps.getByRole('listitem').filter({ hasText: 'Часовой пояс организации' });
  await expect(step).toContainText('не выполнено');
  // The country's zone is offered first; the officer may pick another one.
  const zone = step.getByLabel('Часовой пояс');
  await expect(zone).toHaveValue('Asia/Bishkek');
  await zone.selectOption('Asia/Almaty');
  await step.getByRole('button', { name: 'Подтвердить' }).click();
  await expect(step).toContainText('выполнено');
  await expect(step).toContainText(/Сроки считаются по времени: .*Алматы/);
  await expect(steps).toContainText('Выполнено 2 из 4');

  const handlers = createHandlers(harness.ctx);
  const settings = (await dispatch(handlers, 'settings:get', null)) as {
    ok: true;
    value: { currentOrganisationId: number };
  };
  const organisationId = settings.value.currentOrganisationId;
  const saved = (await dispatch(handlers, 'correspondence:getSettings', { organisationId })) as {
    ok: true;
    value: { timeZone: string; saved: boolean };
  };
  expect(saved.value).toMatchObject({ timeZone: 'Asia/Almaty', saved: true });
  const history = (await dispatch(handlers, 'audit:history', {
    entity: 'correspondenceSettings',
    entityId: organisationId,
  })) as {
    ok: true;
    value: { action: string; after: { timeZone?: string } | null }[];
  };
  expect(history.value.at(-1)).toMatchObject({ action: 'create', after: { timeZone: 'Asia/Almaty' } });
});
