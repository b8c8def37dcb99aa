import { contextBridge, ipcRenderer } from 'electron';
import { buildApi, type Api } from '../shared/ipc/api';
import { channelNames } from '../shared/ipc/channels';

// Named functions only (never raw ipcRenderer): window.api.recipients.create(input) -> Result.
const api = buildApi(channelNames, (channel, payload) => ipcRenderer.invoke(channel, payload)) satisfies Api;

contextBridge.exposeInMainWorld('api', api);
