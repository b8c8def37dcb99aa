/**
 * Events the main process pushes to the page (long-job progress…), as plain data: the sandboxed
 * preload imports this file and no zod. Their payload schemas are in `events.ts`.
 */
export const appEventNames = ['jobs:progress'] as const;

export type AppEventName = (typeof appEventNames)[number];

/** The IPC channel an event travels on: `event:jobs:progress`, apart from the invoke channels. */
export const eventChannel = (name: AppEventName): string => `event:${name}`;

export interface AppEventsApi {
  /** Calls `listener` with each payload of the event until the returned function is called. */
  on(name: AppEventName, listener: (payload: unknown) => void): () => void;
}

export type Subscribe = (channel: string, deliver: (payload: unknown) => void) => () => void;

/** window.appEvents, built the same way by the preload (ipcRenderer) and the E2E harness. */
export const buildAppEvents = (subscribe: Subscribe): AppEventsApi => ({
  on: (name, listener) => {
    if (!appEventNames.includes(name)) throw new Error(`Unknown event ${String(name)}`);
    return subscribe(eventChannel(name), listener);
  },
});
