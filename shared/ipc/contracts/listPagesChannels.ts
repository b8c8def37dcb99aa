/** Channels of the paged lists that had only a whole-list channel before (issue 13, item 8). */
export const listPagesChannels = ['imports:page', 'organisations:page'] as const;
