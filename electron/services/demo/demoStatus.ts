import type { DemoStatus } from '../../../shared/domain/demo';
import type { AppContext } from '../../context';
import type { CallChannel } from './demoCalls';
import { isDemoShop } from './demoShops';

const demoShopsIn = async (call: CallChannel) =>
  (await call('organisations:list', { includeArchived: true })).filter(isDemoShop);

/** The demo shops and what the active ones hold, read through the registers' channels. */
export const demoStatus = async (call: CallChannel): Promise<DemoStatus> => {
  const shops = await demoShopsIn(call);
  const status: DemoStatus = {
    organisations: shops.map((o) => ({
      id: o.id,
      name: o.name,
      jurisdiction: o.jurisdiction,
      archived: o.archivedAt !== null,
    })),
    active: shops.some((o) => o.archivedAt === null),
    recipients: 0,
    orders: 0,
    correspondence: 0,
    overdue: 0,
    answeredFrozen: 0,
    incidents: 0,
    runningClocks: 0,
    blocks: 0,
  };
  for (const { id: organisationId } of shops.filter((o) => o.archivedAt === null)) {
    const total = async (query: Parameters<CallChannel>[1] & object) =>
      (await call('correspondence:list', { organisationId, limit: 1, ...query })).total;
    status.recipients += (await call('recipients:list', { organisationId, limit: 1 })).total;
    status.orders += (await call('imports:history', { organisationId }))
      .filter((i) => i.status === 'completed')
      .reduce((sum, i) => sum + i.counts.imported, 0);
    status.correspondence += await total({});
    status.overdue += await total({ due: 'overdue' });
    status.answeredFrozen += await total({ statuses: ['answered', 'closed'] });
    const breaches = await call('breaches:overview', { organisationId });
    status.incidents += (await call('breaches:list', { organisationId, limit: 1 })).total;
    status.runningClocks += breaches.counts.running;
    status.blocks += (await call('blocks:list', { organisationId, activeOnly: true })).length;
  }
  return status;
};

/**
 * Removes the demo from use: its shops go to the archive (audited; nothing is deleted — the audit
 * trail is append-only and a restore of the archive brings them back). The current organisation moves
 * to a shop of the officer's own, or to none (the first-run page).
 */
export const removeDemo = async (ctx: AppContext, call: CallChannel): Promise<{ archived: number }> => {
  const shops = (await demoShopsIn(call)).filter((o) => o.archivedAt === null);
  for (const shop of shops) await call('organisations:archive', { id: shop.id });
  const remaining = await call('organisations:list', { includeArchived: false });
  const current = ctx.settings.read().currentOrganisationId;
  if (!remaining.some((o) => o.id === current))
    await call('settings:update', { currentOrganisationId: remaining[0]?.id ?? null });
  return { archived: shops.length };
};
