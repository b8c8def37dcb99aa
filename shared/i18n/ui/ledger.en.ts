import type { UiStrings } from './ru';

/** English strings of the ledger screens. */
export const ledgerEn: UiStrings['ledger'] = {};
