import type { UiStrings } from './ru';

/** English strings of the correspondence screens. */
export const correspondenceEn: UiStrings['correspondence'] = {};
