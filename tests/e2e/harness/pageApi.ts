// Bundled into the page's init script by the harness: defines window.api exactly as the preload does,
// but over a Playwright binding instead of ipcRenderer.
import { buildApi } from '../../../shared/ipc/api';
import { channelNames } from '../../../shared/ipc/channels';

declare global {
  interface Window {
    __complianceDeskInvoke?: (channel: string, payload: unknown) => Promise<unknown>;
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
