import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

/** +996555123456 -> «+996 555 123 456»; a value that does not parse is shown as stored. */
export const showPhone = (e164: string): string =>
  parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
