import type { teamErrorsRu, teamValidationRu } from './team.ru';

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

export const teamErrorsEn: Strings<typeof teamErrorsRu> = {
  staleRecord:
    '{{changedBy}} changed this record {{changedAt}}. Your changes were not saved and are still in the form: reopen the record to see the new version and enter them again',
  team: {
    forbidden: 'Not permitted: your role in this organisation does not allow this',
    login: 'The server did not accept the user name or password',
    noDatabase: 'There is no such database on the server',
    retry: 'The server is busy with simultaneous changes — try again',
    futureNumbering: 'The date is in the future: no register number is assigned for it',
    numberingSettings:
      'The organisation has no saved numbering settings: open the correspondence settings, check the number formats and save them',
    unreachable: 'The database server cannot be reached — check the network, address and port',
    certificate: 'The server certificate failed verification — not connected',
  },
};

export const teamValidationEn: Strings<typeof teamValidationRu> = {
  team: {
    tlsRequired: 'Only a server on this computer may be reached without encryption',
    caFileRequired: 'Choose the certificate file of the authority that signed the server certificate',
  },
};
