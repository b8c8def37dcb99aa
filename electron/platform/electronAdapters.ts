import { randomUUID } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type {
  BrowserWindow as BrowserWindowType,
  Dialog,
  Notification as NotificationType,
  Shell as ElectronShell,
} from 'electron';
import { electronPdfMargins, type PrintSettings } from '../../shared/documents/print';
import type { Dialogs, Notifier, Printer, Shell } from './ports';

type BrowserWindowClass = typeof BrowserWindowType;

export const electronDialogs = (dialog: Dialog, parent: () => BrowserWindowType | null): Dialogs => ({
  openFile: async ({ title, filters }) => {
    const win = parent();
    const options = { title, filters, properties: ['openFile' as const] };
    const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  },
  saveFile: async ({ title, defaultName, filters }) => {
    const win = parent();
    const options = { title, defaultPath: defaultName, filters };
    const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  },
});

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
});

/**
 * Renders a document in a hidden, sandboxed window with JavaScript off, then prints it or makes a
 * PDF through Chromium's print pipeline (the same one the tests use through Playwright).
 */
export const electronPrinter = (BrowserWindow: BrowserWindowClass, tempDir: string): Printer => {
  const withDocument = async <T>(html: string, work: (win: BrowserWindowType) => Promise<T>): Promise<T> => {
    const file = join(tempDir, `compliance-desk-${randomUUID()}.html`);
    await writeFile(file, html, 'utf8');
    const win = new BrowserWindow({
      show: false,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false },
    });
    try {
      await win.loadFile(file);
      return await work(win);
    } finally {
      win.destroy();
      await rm(file, { force: true });
    }
  };
  return {
    toPdf: (html: string, settings: PrintSettings) =>
      withDocument(html, (win) =>
        win.webContents.printToPDF({
          pageSize: settings.pageSize,
          landscape: settings.landscape,
          printBackground: settings.printBackground,
          displayHeaderFooter: settings.displayHeaderFooter,
          headerTemplate: settings.headerTemplate,
          footerTemplate: settings.footerTemplate,
          margins: electronPdfMargins(settings.marginsMm),
        }),
      ),
    print: (html: string, settings: PrintSettings) =>
      withDocument(
        html,
        (win) =>
          new Promise<void>((resolve, reject) =>
            win.webContents.print(
              {
                silent: false,
                printBackground: true,
                landscape: settings.landscape,
                pageSize: settings.pageSize,
              },
              (success, reason) =>
                success || reason === 'cancelled' ? resolve() : reject(new Error(reason)),
            ),
          ),
      ),
  };
};
