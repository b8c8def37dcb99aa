import type { correspondenceLegalRu } from './correspondenceLegal.ru';

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

/** English strings of the identity check and the placeholders of a letter. */
export const correspondenceLegalEn: {
  identity: Strings<(typeof correspondenceLegalRu)['identity']>;
  placeholders: Strings<(typeof correspondenceLegalRu)['placeholders']>;
} = {
  identity: {
    title: "Requester's identity",
    record: 'Record the check',
    change: 'Change',
    missing:
      "The requester's identity is not confirmed. An answer that discloses personal data cannot be marked sent until the check is recorded: sending someone's data to an impostor is a breach.",
    why: 'Record how it was established that the subject (or their representative) is writing: it is a condition for sending an answer that discloses personal data.',
    dialogTitle: 'Identity check for item {{number}}',
    submit: 'Record the check',
    method: 'Method',
    methods: {
      signedLetterWithPassport: 'Signed letter with passport details',
      inPerson: 'In person, with an identity document',
      knownEmail: 'From an e-mail address the ledger knows for this subject',
      representativeWithPoa: 'Representative with a power of attorney',
    },
    verifiedBy: 'Checked by (name, position)',
    verifiedOn: 'Date of the check',
    note: 'Details',
    noteHint: 'For example: passport ID1234567; power of attorney No. 15 of 01.11.2026',
    recorded: 'Recorded',
    recordedValue: '{{at}}, user {{by}}',
  },
  placeholders: {
    summary_one: 'The letter has {{count}} place in [square brackets] still to fill in',
    // Russian plural forms; English uses _one and _other only.
    summary_few: 'The letter has {{count}} places in [square brackets] still to fill in',
    summary_many: 'The letter has {{count}} places in [square brackets] still to fill in',
    summary_other: 'The letter has {{count}} places in [square brackets] still to fill in',
    consequence:
      'While they remain the letter can be saved and previewed as a draft, but not registered, printed as final or sent.',
    field: 'Still to write: {{list}}',
    addresseeCheck:
      'The name could not be declined: check that the addressee is in the dative (to whom?) — surname and initials.',
  },
};
