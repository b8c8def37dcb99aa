import { DemoLoadInput, DemoLoadResult, DemoRemoveResult, DemoStatus } from '../../domain/demo';
import { NoInput } from './noInput';

/** Demonstration data: load (idempotent), what is loaded, removal (the demo shops go to the archive). */
export const demoContract = {
  'demo:load': { input: DemoLoadInput, output: DemoLoadResult },
  'demo:status': { input: NoInput, output: DemoStatus },
  'demo:remove': { input: NoInput, output: DemoRemoveResult },
} as const;
