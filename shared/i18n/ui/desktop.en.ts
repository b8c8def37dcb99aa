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
  preview: {
    zoom: 'Zoom',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fit: 'Fit to window',
    actualSize: 'Actual size',
    print: 'Print',
    savePdf: 'Save PDF',
    frame: 'Preview: {{title}}',
  },
  register: {
    reviewDue: 'Review due within 30 days',
    archiveReason: 'Reason for archiving',
    archiveReasonHint:
      'For example: contract terminated, data no longer transferred. The reason is kept on the record and in the audit trail.',
    archivedOn: 'Archived on {{date}}. Reason: {{reason}}',
    archivedBadge: 'Archived',
    select: 'Select «{{name}}»',
    selectPage: 'Select all on this page',
    selected_one: '{{count}} recipient selected',
    selected_few: '{{count}} recipients selected',
    selected_many: '{{count}} recipients selected',
    selected_other: '{{count}} recipients selected',
    bulkActions: 'Actions on the selection',
    setReviewDate: 'Set review date',
    setReviewDateTitle: 'Review date for the selection',
    reviewDate: 'Review date',
    setReviewDateText_one: 'The date is set on {{count}} recipient; each change goes into the audit trail.',
    setReviewDateText_few: 'The date is set on {{count}} recipients; each change goes into the audit trail.',
    setReviewDateText_many: 'The date is set on {{count}} recipients; each change goes into the audit trail.',
    setReviewDateText_other:
      'The date is set on {{count}} recipients; each change goes into the audit trail.',
    archiveSelected: 'Archive',
    archiveSelectedTitle: 'Archive the selected recipients',
    archiveSelectedText_one:
      '{{count}} recipient leaves the register for the archive. Nothing is deleted; it can be restored.',
    archiveSelectedText_few:
      '{{count}} recipients leave the register for the archive. Nothing is deleted; they can be restored.',
    archiveSelectedText_many:
      '{{count}} recipients leave the register for the archive. Nothing is deleted; they can be restored.',
    archiveSelectedText_other:
      '{{count}} recipients leave the register for the archive. Nothing is deleted; they can be restored.',
    exportSelectedCsv: 'Export selection to CSV',
    exportSelectedXlsx: 'Export selection to Excel',
    clearSelection: 'Clear selection',
    changed_one: '{{count}} recipient changed',
    changed_few: '{{count}} recipients changed',
    changed_many: '{{count}} recipients changed',
    changed_other: '{{count}} recipients changed',
  },
  actions: {
    more: 'More actions',
  },
};
