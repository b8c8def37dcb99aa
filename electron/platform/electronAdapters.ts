import { dirname, join } from 'node:path';
import type {
  BrowserWindow as BrowserWindowType,
  Dialog,
  Notification as NotificationType,
  Shell as ElectronShell,
} from 'electron';
import type { Dialogs, Notifier, Shell } from './ports';

/**
 * Since Electron 43 a dialog without `defaultPath` opens in Downloads and the OS no longer remembers
 * the last folder, so the dialogs remember it themselves for the session.
 */
export const electronDialogs = (dialog: Dialog, parent: () => BrowserWindowType | null): Dialogs => {
  let lastFolder: string | undefined;
  return {
    openFile: async ({ title, filters }) => {
      const options = { title, filters, properties: ['openFile' as const], defaultPath: lastFolder };
      const win = parent();
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      const path = result.canceled ? null : (result.filePaths[0] ?? null);
      if (path) lastFolder = dirname(path);
      return path;
    },
    saveFile: async ({ title, defaultName, filters }) => {
      const options = {
        title,
        defaultPath: lastFolder ? join(lastFolder, defaultName) : defaultName,
        filters,
      };
      const win = parent();
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      lastFolder = dirname(result.filePath);
      return result.filePath;
    },
  };
};

/** System notifications where the platform supports them (nothing happens where it does not). */
export const electronNotifier = (Notification: typeof NotificationType): Notifier => ({
  notify: ({ title, body }) => {
    if (Notification.isSupported()) new Notification({ title, body }).show();
  },
});

export const electronShell = (shell: ElectronShell): Shell => ({
  openPath: async (path) => {
    const error = await shell.openPath(path);
    if (error) throw new Error(error);
  },
  showItemInFolder: async (path) => shell.showItemInFolder(path),
});
