import type { demoContract } from '../../shared/ipc/contracts/demo';
import type { AppContext } from '../context';
import { channelCaller, type Registers } from '../services/demo/demoCalls';
import { loadDemo } from '../services/demo/demoLoader';
import { demoStatus, removeDemo } from '../services/demo/demoStatus';
import type { HandlersFor } from './types';

/** Demonstration data, entered and read through the registers' own handlers. */
export const demoHandlers = (ctx: AppContext, registers: Registers): HandlersFor<typeof demoContract> => {
  const call = channelCaller(registers);
  return {
    'demo:load': ({ scope }) => loadDemo(ctx, call, scope),
    'demo:status': () => demoStatus(call),
    'demo:remove': () => removeDemo(ctx, call),
  };
};
