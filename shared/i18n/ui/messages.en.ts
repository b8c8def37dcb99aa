import { evidenceErrorsEn } from './evidenceErrors.en';
import { policiesErrorsEn, policiesValidationEn, transferNoticesErrorsEn } from './policies.en';

import type { messagesRu } from './messages.ru';
import { teamErrorsEn, teamValidationEn } from './team.en';

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

/** English texts of validation messages and of errors from the main process. */
export const messagesEn: Strings<typeof messagesRu> = {
  validation: {
    ...policiesValidationEn,
    ...teamValidationEn,
    sealHash: 'The seal hash is 64 hexadecimal characters (0–9, a–f)',
    unstorableText:
      'The text contains characters that cannot be stored (control characters or broken by a paste) — remove them and try again',
    answers: { placeholderLeft: 'Text in [square brackets] is still to be written' },
    breaches: {
      awareBeforeDetected: 'Became aware cannot be earlier than the incident',
      scopeEmpty: 'Choose a recipient, a period or an import',
      count: 'Enter a whole non-negative number',
      factorDirection: 'This factor only raises (or only lowers) the score — choose points with that sign',
      factorTwice: 'Each factor counts once',
    },
    required: 'Required field',
    tooLong: 'The value is too long',
    date: 'Enter a valid date',
    email: 'Enter a valid e-mail address',
    phone: 'This does not look like a phone number: enter it in full, e.g. 0555 123 456 or +996 555 123 456',
    url: 'Enter an address starting with http:// or https://',
    choose: 'Choose a value',
    chooseAtLeastOne: 'Choose at least one value',
    invalid: 'Invalid value',
    contractDateRequired: 'Enter the contract date: the contract number is filled in',
    dateAfterReceipt: 'The letter cannot be dated after it was received',
    timeZone: 'Unknown time zone — choose one from the list, e.g. «Bishkek (UTC+6)»',
    correspondence: {
      ruleNotForKind: 'This rule does not apply to items of this kind — choose another',
      dateInFuture: 'The date cannot be later than today — check the year and month',
      answerBeforeReceipt: 'The answer cannot be dated before the item was received',
      emailNotInLedger:
        "The sender's address is not in the ledger for this subject — choose another method or link the item to the subject",
    },
    numbering: {
      unknownToken: 'Unknown token in braces: use {seq}, {seq:N}, {yyyy}, {yy}, {mm}, {kind}',
      noSeq: 'The format must contain the sequence number {seq}',
      kindCode: 'Kind code: letters, digits, dot and hyphen only',
    },
    calendar: {
      otherYear: 'The date belongs to another year',
      duplicate: 'The date is listed twice',
      weekendDayOff: 'Saturdays and Sundays are days off anyway — list only Monday to Friday here',
      notWeekend: 'Only Saturdays and Sundays belong in this list',
      shortDayOff: 'A short day cannot also be a day off',
      version: "The version must start with the calendar's year, e.g. 2026-2",
      versionTaken: 'This calendar version exists already — enter another one or leave the field empty',
    },
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
      ogrn: 'OGRN has 13 digits, OGRNIP 15; the check digit must match',
    },
  },
  errors: {
    ...evidenceErrorsEn,
    ...policiesErrorsEn,
    ...transferNoticesErrorsEn,
    ...teamErrorsEn,
    breaches: {
      transition: 'This status change is not possible from the incident’s current status',
      closed: 'The incident is closed and cannot be changed',
    },
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
    scanFirst: 'Check the delivery service and payment method values first',
    unmappedValues: 'Choose a recipient or “No transfer” for every delivery service and payment method',
    importRunning: 'Another import is already running',
    fileNotChosen: 'The file is not chosen or is out of date — choose it again',
    workerStopped: 'The import stopped; the data it loaded was removed',
    fileChangedSinceScan: 'The file changed after it was checked — choose and check it again',
    alreadyImported: 'This file was already imported into this organisation — confirm the repeated import',
    imports: {
      notUndoable: 'Only a completed import can be undone',
      undoRefused: 'The import cannot be undone: later records depend on it',
    },
    subjects: {
      merged: 'The subject was already merged into another',
      sameSubject: 'Choose two different subjects',
      notOfSubject: 'The chosen orders or contacts do not belong to the subject',
      nothingToMove: 'Choose orders or contacts to move',
      alreadyUndone: 'This change was already undone',
      laterChanges: 'Undo the later merges or splits of these subjects first',
    },
    correspondence: {
      transition: 'This status change is not possible from the current status',
      closed: 'The item is closed and cannot be changed',
      notOpen: 'The period no longer runs: the item is answered or closed',
      pauseRunning: 'The period is paused — resume it first',
      noPause: 'The period is not paused',
      ruleMissing: 'The rule the deadline was computed with is no longer in the rule table',
      alreadySent: 'The letter is already marked as sent and frozen',
      unfinished:
        'The letter still has [bracketed] places to fill in — complete them: such a letter cannot be registered, printed as final or sent',
      identityNotVerified:
        "The answer discloses personal data: first record on the item how the requester's identity was verified (method, by whom, when)",
      notSent: 'The letter has not been sent: there is no frozen PDF',
      notLatestVersion: 'This is not the latest version of the letter — edit the latest one',
      blockEnded: 'The block has already been lifted',
    },
    deadline: {
      CALENDAR_OUT_OF_RANGE:
        'No working-day calendar for this year — add it under Settings → Deadlines and calendars',
      CALENDAR_REQUIRED: "Working-day periods need the country's working-day calendar",
      CALENDAR_MISMATCH: 'The calendar belongs to another country',
      CALENDAR_DUPLICATE_YEAR: 'The calendar of this year is given twice',
      BAD_START: 'Invalid start date of the period',
      TIME_ZONE_REQUIRED: "Hour periods need the organisation's time zone",
      BAD_TIME_ZONE: 'Unknown time zone of the organisation',
      AMOUNT_NOT_CONFIGURABLE: 'The length of this period cannot be configured',
      AMOUNT_OUT_OF_RANGE: 'The length of the period is out of range',
      EXTENSION_NOT_ALLOWED: 'The rule allows no extension (or none in this unit)',
      EXTENSION_TOO_LONG: 'The extension exceeds the maximum the rule allows',
      PAUSE_NOT_ALLOWED: 'This period cannot be paused',
      BAD_PAUSE: 'Invalid pause: it ends before it starts',
    },
  },
};
