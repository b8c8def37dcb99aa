import type { UiStrings } from './ru';

/** English strings of the breach screens. */
export const breachesEn: UiStrings['breaches'] = {};
