import type { breachesContract } from '../../shared/ipc/contracts/breaches';
import type { AppContext } from '../context';
import type { HandlersFor } from './types';

/** Breach incidents, severity, clocks, scope and notices. */
export const breachesHandlers = (_ctx: AppContext): HandlersFor<typeof breachesContract> => ({});
