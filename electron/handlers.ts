import type { Contract } from '../shared/ipc/contract';
import { DomainError } from '../shared/ipc/result';
import { RECOVERY_CHANNELS } from './services/recovery';
import type { AppContext } from './context';
import { agendaHandlers } from './handlers/agenda';
import { breachesHandlers } from './handlers/breaches';
import { coreHandlers } from './handlers/core';
import { correspondenceHandlers } from './handlers/correspondence';
import { demoHandlers } from './handlers/demo';
import { desktopHandlers } from './handlers/desktop';
import { evidenceHandlers } from './handlers/evidence';
import { ledgerHandlers } from './handlers/ledger';
import { listPagesHandlers } from './handlers/listPages';
import { policiesHandlers } from './handlers/policies';
import { transferNoticesHandlers } from './handlers/transferNotices';
import type { HandlersFor } from './handlers/types';

export type Handlers = HandlersFor<Contract>;

/**
 * The handler map: channel -> service call. No electron import here, so the same map serves the
 * Electron IPC registration and the end-to-end harness. Inputs arrive already parsed by the contract.
 */
export const createHandlers = (ctx: AppContext): Handlers => {
  const registers = {
    ...coreHandlers(ctx),
    ...ledgerHandlers(ctx),
    ...correspondenceHandlers(ctx),
    ...breachesHandlers(ctx),
    ...evidenceHandlers(ctx),
    ...policiesHandlers(ctx),
    ...transferNoticesHandlers(ctx),
    ...agendaHandlers(ctx),
    ...listPagesHandlers(ctx),
  };
  // The desktop handlers (global search) and the demo ask the registers through their own channels.
  return guardRecoveryMode(ctx, {
    ...registers,
    ...desktopHandlers(ctx, registers),
    ...demoHandlers(ctx, registers),
  });
};

/** In recovery mode (the database could not be opened) only the backup and recovery channels answer. */
const guardRecoveryMode = (ctx: AppContext, handlers: Handlers): Handlers => {
  const guarded: Record<string, (input: never) => Promise<unknown>> = {};
  for (const [channel, handler] of Object.entries(handlers) as [
    string,
    (input: never) => Promise<unknown>,
  ][]) {
    guarded[channel] = RECOVERY_CHANNELS.has(channel)
      ? handler
      : (input) =>
          ctx.integrity.ok
            ? handler(input)
            : Promise.reject(new DomainError('CONFLICT', 'errors.recoveryMode'));
  }
  return guarded as unknown as Handlers;
};
