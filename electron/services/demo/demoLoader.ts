import type { DemoLoadResult, DemoScope, DemoStep } from '../../../shared/domain/demo';
import { OrganisationInput, type Organisation } from '../../../shared/domain/organisation';
import { appEventsOf } from '../../appEvents';
import type { AppContext } from '../../context';
import type { CallChannel } from './demoCalls';
import { importDemoOrders } from './demoImport';
import { enterDemoIncident } from './demoIncident';
import { enterKgCorrespondence, enterOpenRequest } from './demoRecords';
import { DEMO_SHOPS } from './demoShops';
import { loadDemoPolicy } from './demoPolicy';

const STEPS: readonly DemoStep[] = [
  'organisations',
  'recipients',
  'orderFile',
  'import',
  'records',
  'incident',
];

const announce = (ctx: AppContext, step: DemoStep) =>
  appEventsOf(ctx).emit('demo:progress', { step, done: STEPS.indexOf(step), total: STEPS.length });

const emptyResult = (): DemoLoadResult => ({
  organisations: 0,
  recipients: 0,
  orders: 0,
  correspondence: 0,
  incidents: 0,
  blocks: 0,
});

/**
 * Loads the demo through the registers' own channels (validated, numbered, audited like the officer's
 * work). Idempotent: each part is entered only where it is missing — an archived demo shop comes back
 * from the archive, a shop with recipients gets none added, a ledger with the demo import is not
 * imported twice — so a second load adds nothing and an interrupted one finishes what it left.
 */
export const loadDemo = async (
  ctx: AppContext,
  call: CallChannel,
  scope: DemoScope,
): Promise<DemoLoadResult> => {
  const result = emptyResult();
  announce(ctx, 'organisations');
  const all = await call('organisations:list', { includeArchived: true });
  const shops: Organisation[] = [];
  for (const demo of DEMO_SHOPS) {
    const found = all.find(
      (o) => o.registrationNumber === demo.shop.registrationNumber && o.name === demo.shop.name,
    );
    if (found && found.archivedAt) shops.push(await call('organisations:restore', { id: found.id }));
    else if (found) shops.push(found);
    else {
      const org = await call('organisations:create', OrganisationInput.parse(demo.shop));
      shops.push(org);
      result.organisations += 1;
      if (demo.policyFile) await loadDemoPolicy(ctx, org, demo.policyFile);
    }
  }

  announce(ctx, 'recipients');
  const recipientIds = new Map<string, number>();
  for (const [index, org] of shops.entries()) {
    const existing = await call('recipients:list', { organisationId: org.id, limit: 200 });
    for (const r of existing.items) recipientIds.set(r.legalName, r.id);
    if (existing.total > 0) continue;
    for (const recipient of DEMO_SHOPS[index]?.recipients ?? []) {
      const created = await call('recipients:create', { ...recipient, organisationId: org.id });
      recipientIds.set(created.legalName, created.id);
      result.recipients += 1;
    }
  }
  const [kg, kz, ru] = shops as [Organisation, Organisation, Organisation];
  if (scope === 'full') await loadRecords(ctx, call, { kg, kz, ru }, recipientIds, result);
  // The richest shop opens first; a load that added nothing leaves the officer where they were.
  if (result.organisations > 0 || ctx.settings.read().currentOrganisationId === null)
    await call('settings:update', { currentOrganisationId: kg.id });
  return result;
};

const loadRecords = async (
  ctx: AppContext,
  call: CallChannel,
  { kg, kz, ru }: { kg: Organisation; kz: Organisation; ru: Organisation },
  recipientIds: ReadonlyMap<string, number>,
  result: DemoLoadResult,
) => {
  const now = ctx.clock.now();
  announce(ctx, 'orderFile');
  const imports = await call('imports:history', { organisationId: kg.id });
  if (!imports.some((i) => i.status === 'completed'))
    result.orders = await importDemoOrders(ctx, call, kg.id, recipientIds, () => announce(ctx, 'import'));

  announce(ctx, 'records');
  const items = async (org: Organisation) =>
    (await call('correspondence:list', { organisationId: org.id, limit: 1 })).total;
  if ((await items(kg)) === 0) {
    const kgItems = await enterKgCorrespondence(call, now, kg);
    result.correspondence += kgItems.items;
    result.blocks += kgItems.blocks;
  }
  if ((await items(ru)) === 0)
    result.correspondence += await enterOpenRequest(call, now, ru, {
      kind: 'access',
      daysAgo: 2,
      name: 'Кузнецова Анна Сергеевна',
      email: 'anna.kuznetsova@example.ru',
      demands: 'сообщить, какие мои персональные данные обрабатываются и кому они передавались',
    });
  if ((await items(kz)) === 0)
    result.correspondence += await enterOpenRequest(call, now, kz, {
      kind: 'claim',
      daysAgo: 6,
      name: 'Сейткали Асем Нурлановна',
      email: 'asem.seitkali@example.kz',
      demands: 'прекратить рекламные SMS-рассылки и подтвердить удаление номера телефона из списка рассылки',
    });

  announce(ctx, 'incident');
  const incidents = await call('breaches:list', { organisationId: kg.id, limit: 1 });
  if (incidents.total === 0)
    result.incidents = await enterDemoIncident(
      call,
      now,
      kg,
      recipientIds.get('ОсОО «Экспресс Доставка КГ»') ?? null,
    );
};
