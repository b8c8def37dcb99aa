import { contextBridge, ipcRenderer } from 'electron';
import { buildApi, type Api } from '../shared/ipc/api';
import { channelNames } from '../shared/ipc/channels';
import { buildAppEvents } from '../shared/ipc/contracts/eventNames';

// Named functions only (never raw ipcRenderer): window.api.recipients.create(input) -> Result.
const api = buildApi(channelNames, (channel, payload) => ipcRenderer.invoke(channel, payload)) satisfies Api;

contextBridge.exposeInMainWorld('api', api);

// Pushed events (job progress): a listener per subscription, removed by the returned function.
const appEvents = buildAppEvents((channel, deliver) => {
  const listener = (_event: unknown, payload: unknown) => deliver(payload);
  ipcRenderer.on(channel, listener);
  return () => ipcRenderer.removeListener(channel, listener);
});
contextBridge.exposeInMainWorld('appEvents', appEvents);
