import type { ledgerContract } from '../../shared/ipc/contracts/ledger';
import type { AppContext } from '../context';
import type { HandlersFor } from './types';

/** Imports and the subjects ledger. */
export const ledgerHandlers = (_ctx: AppContext): HandlersFor<typeof ledgerContract> => ({});
