import type { ImportJobStatus } from '../../../shared/domain/ledger';
import { DomainError } from '../../../shared/ipc/result';
import type { AppContext } from '../../context';
import { chooseAppFile } from '../imports/chosenFiles';
import { jobFinished } from '../imports/jobs';
import type { CallChannel } from './demoCalls';
import { DEMO_DELIVERY_VALUES, DEMO_PAYMENT_VALUES, writeDemoOrderFile } from './demoOrderFile';

const finished = async (ctx: AppContext, call: CallChannel, jobId: string): Promise<ImportJobStatus> => {
  await jobFinished(ctx, jobId);
  const status = await call('imports:job', { jobId });
  if (status.state !== 'done') throw new DomainError('INTERNAL', status.error?.message ?? 'import.failed');
  return status;
};

/**
 * Imports the demo shop's order export through the import path the wizard uses: the file is written,
 * sniffed and scanned by the import worker, its delivery and payment values are mapped to the demo
 * recipients (audited), and the worker imports it into the ledger. Returns the orders imported.
 */
export const importDemoOrders = async (
  ctx: AppContext,
  call: CallChannel,
  organisationId: number,
  recipientIdByName: ReadonlyMap<string, number>,
  onScanned: () => void,
): Promise<number> => {
  const path = await writeDemoOrderFile(ctx.paths.dataDir);
  const chosen = await chooseAppFile(ctx, organisationId, path);
  const best = chosen.candidates[0];
  if (!best) throw new DomainError('INTERNAL', 'import.failed');
  const setup = { token: chosen.token, organisationId, preset: best.presetId, mapping: best.mapping };
  const scan = await finished(ctx, call, (await call('imports:scan', setup)).jobId);
  onScanned();
  for (const { field, value } of scan.values) {
    const table = field === 'delivery' ? DEMO_DELIVERY_VALUES : DEMO_PAYMENT_VALUES;
    const name = table[value] ?? null;
    const recipientId = name === null ? null : (recipientIdByName.get(name) ?? null);
    await call('imports:setAlias', { organisationId, field, value, recipientId });
  }
  const { jobId } = await call('imports:start', { ...setup, profileName: '', confirmReimport: false });
  return (await finished(ctx, call, jobId)).counts.imported;
};
