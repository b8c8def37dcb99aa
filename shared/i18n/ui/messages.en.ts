import type { messagesRu } from './messages.ru';

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

/** English texts of validation messages and of errors from the main process. */
export const messagesEn: Strings<typeof messagesRu> = {
  validation: {
    required: 'Required field',
    tooLong: 'The value is too long',
    date: 'Enter a valid date',
    email: 'Enter a valid e-mail address',
    url: 'Enter an address starting with http:// or https://',
    choose: 'Choose a value',
    chooseAtLeastOne: 'Choose at least one value',
    invalid: 'Invalid value',
    contractDateRequired: 'Enter the contract date: the contract number is filled in',
    regNumber: {
      RU: {
        digitsOnly: 'The INN must contain digits only',
        length: 'The INN must have 10 or 12 digits',
        checksum: 'Invalid INN: the check digit does not match',
      },
      KZ: {
        digitsOnly: 'The BIN must contain digits only',
        length: 'The BIN must have 12 digits',
        checksum: 'Invalid BIN: the check digit does not match',
      },
      KG: {
        digitsOnly: 'The INN must contain digits only',
        length: 'The INN must have 14 digits',
        checksum: 'Invalid INN: the check digit does not match',
      },
    },
  },
  errors: {
    notFound: 'Record not found',
    conflict: 'Not possible: the data has changed or the record is archived',
    internal: 'Internal application error',
    forbidden: 'Action not allowed',
    validation: 'Check the fields',
    cancelled: 'Cancelled',
    archived: 'The record is archived; restore it first',
    backupDamaged: 'The backup is damaged or is not a database of this app',
    noFile: 'No file attached',
    organisationFixed: 'A recipient cannot be moved to another organisation',
  },
};
