import type { evidenceContract } from '../../shared/ipc/contracts/evidence';
import type { AppContext } from '../context';
import { listAudit } from '../db/repositories/auditRepository';
import { exportAuditCsv } from '../services/audit/auditExport';
import { acknowledgeAlarm, lastStartupCheck, verifyAudit } from '../services/audit/auditIntegrity';
import { issueSeal, saveSeal, sealReference } from '../services/audit/seal';
import { backupService } from '../services/backupService';
import { startFresh } from '../services/recovery';
import type { HandlersFor } from './types';

/** The audit trail screen, seals, backup inspection and recovery. */
export const evidenceHandlers = (ctx: AppContext): HandlersFor<typeof evidenceContract> => {
  const backups = backupService(ctx);
  return {
    'audit:list': async ({ offset, limit, ...filter }) => {
      const { entries, total } = await listAudit(ctx.db, filter, offset, limit);
      return { items: entries, total, offset, limit };
    },
    'audit:exportCsv': (filter) => exportAuditCsv(ctx, filter),
    'audit:verifySeal': async (query) => {
      const seal = await sealReference(ctx, query);
      return seal === null ? null : verifyAudit(ctx, seal);
    },
    'audit:seal': () => issueSeal(ctx),
    'audit:saveSeal': ({ lastId }) => saveSeal(ctx, lastId),
    'audit:startupCheck': async () => ({
      check: lastStartupCheck(ctx),
      alarm: ctx.settings.read().auditAlarm,
    }),
    'audit:acknowledge': () => acknowledgeAlarm(ctx),
    'backups:inspect': ({ fileName }) => backups.inspect(fileName),
    'recovery:startFresh': () => startFresh(ctx),
  };
};
