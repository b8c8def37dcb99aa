/** Channels of the demonstration data. */
export const demoChannels = ['demo:load', 'demo:status', 'demo:remove'] as const;
