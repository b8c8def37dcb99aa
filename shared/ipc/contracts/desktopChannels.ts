/** Channels of the desktop experience (global search). */
export const desktopChannels = ['search:global'] as const;
