import type { UiStrings } from './ru';

/** English strings of the shared desktop controls (dates keep DD.MM.YYYY and 24-hour time). */
export const desktopEn: UiStrings['desktop'] = {
  notifications: 'Notifications',
  date: {
    placeholder: 'DD.MM.YYYY',
    timePlaceholder: 'HH:MM',
    openCalendar: 'Pick the date in a calendar',
    calendar: 'Calendar',
    timeOf: 'Time — {{field}}',
  },
  unsaved: {
    title: 'Unsaved changes',
    text: 'The form has changes that are not saved. If you leave now, they will be lost.',
    leave: 'Leave without saving',
  },
  search: {
    title: 'Search every register',
    label: 'What to find',
    placeholder: 'Recipient, name, phone, e-mail, order, claim or incident number',
    results: 'Found',
    hint: 'Type at least two characters',
    nothing: 'Nothing found for «{{text}}»',
    count_one: '{{count}} record found',
    count_few: '{{count}} records found',
    count_many: '{{count}} records found',
    count_other: '{{count}} records found',
    open: 'Search',
    shortcut: 'Ctrl+K',
    kinds: {
      recipient: 'Recipient',
      subject: 'Subject',
      correspondence: 'Claim or request',
      breach: 'Incident',
    },
  },
  sections: {
    label: 'On this page',
  },
  actions: {
    more: 'More actions',
  },
};
