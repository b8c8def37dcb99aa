import type { Contract } from '../shared/ipc/contract';
import type { AppContext } from './context';
import { breachesHandlers } from './handlers/breaches';
import { coreHandlers } from './handlers/core';
import { correspondenceHandlers } from './handlers/correspondence';
import { ledgerHandlers } from './handlers/ledger';
import { policiesHandlers } from './handlers/policies';
import { transferNoticesHandlers } from './handlers/transferNotices';
import type { HandlersFor } from './handlers/types';

export type Handlers = HandlersFor<Contract>;

/**
 * The handler map: channel -> service call. No electron import here, so the same map serves the
 * Electron IPC registration and the end-to-end harness. Inputs arrive already parsed by the contract.
 */
export const createHandlers = (ctx: AppContext): Handlers => ({
  ...coreHandlers(ctx),
  ...ledgerHandlers(ctx),
  ...correspondenceHandlers(ctx),
  ...breachesHandlers(ctx),
  ...policiesHandlers(ctx),
  ...transferNoticesHandlers(ctx),
});
