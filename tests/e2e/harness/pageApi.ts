// Bundled into the page's init script by the harness: defines window.api exactly as the preload does,
// but over a Playwright binding instead of ipcRenderer.
import { buildApi } from '../../../shared/ipc/api';
import { channelNames } from '../../../shared/ipc/channels';
import { buildAppEvents } from '../../../shared/ipc/contracts/eventNames';

declare global {
  interface Window {
    __complianceDeskInvoke?: (channel: string, payload: unknown) => Promise<unknown>;
    __complianceDeskEvent?: (channel: string, payload: unknown) => void;
  }
}

const invoke = (channel: string, payload: unknown) => {
  const binding = window.__complianceDeskInvoke;
  if (!binding) return Promise.reject(new Error('harness binding missing'));
  return binding(channel, payload);
};

Object.defineProperty(window, 'api', {
  value: Object.freeze(buildApi(channelNames, invoke)),
  writable: false,
  configurable: false,
});

// Events pushed by the harness (page.evaluate), delivered like ipcRenderer.on in the preload.
const eventListeners = new Map<string, Set<(payload: unknown) => void>>();
Object.defineProperty(window, '__complianceDeskEvent', {
  value: (channel: string, payload: unknown) => {
    for (const listener of eventListeners.get(channel) ?? []) listener(payload);
  },
  writable: false,
  configurable: false,
});
Object.defineProperty(window, 'appEvents', {
  value: Object.freeze(
    buildAppEvents((channel, deliver) => {
      const set = eventListeners.get(channel) ?? new Set();
      eventListeners.set(channel, set);
      set.add(deliver);
      return () => set.delete(deliver);
    }),
  ),
  writable: false,
  configurable: false,
});
