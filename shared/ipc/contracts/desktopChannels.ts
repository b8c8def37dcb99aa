/** Channels of the desktop experience (global search, register bulk actions). */
export const desktopChannels = [
  'search:global',
  'recipients:bulkSetReviewDate',
  'recipients:bulkArchive',
] as const;
