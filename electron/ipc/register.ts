import type { IpcMain, IpcMainInvokeEvent, WebFrameMain } from 'electron';
import { channels } from '../../shared/ipc/contract';
import type { Handlers } from '../handlers';
import { dispatch } from './dispatch';

export type SenderCheck = (frame: WebFrameMain | null) => boolean;

/**
 * The only place that calls ipcMain.handle. Every channel of the contract is registered; a call from
 * any frame other than the app's own page is refused before its payload is even parsed.
 */
export const registerIpc = (ipcMain: IpcMain, handlers: Handlers, isTrustedSender: SenderCheck): void => {
  for (const channel of channels) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, raw: unknown) => {
      if (!isTrustedSender(event.senderFrame)) {
        return { ok: false, error: { code: 'FORBIDDEN', message: 'errors.forbidden' } };
      }
      return dispatch(handlers, channel, raw);
    });
  }
};
