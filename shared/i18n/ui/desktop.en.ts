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
  actions: {
    more: 'More actions',
  },
};
