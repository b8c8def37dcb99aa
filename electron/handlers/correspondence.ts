import type { correspondenceContract } from '../../shared/ipc/contracts/correspondence';
import type { AppContext } from '../context';
import type { HandlersFor } from './types';

/** Claims, data-subject requests, deadlines and written answers. */
export const correspondenceHandlers = (_ctx: AppContext): HandlersFor<typeof correspondenceContract> => ({});
