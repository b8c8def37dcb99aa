import { randomUUID } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserWindow as BrowserWindowType, Dialog, Shell as ElectronShell } from 'electron';
import { electronPdfMargins, type PrintSettings } from '../../shared/documents/print';
import type { Dialogs, Printer, Shell } from './ports';

type BrowserWindowClass = typeof BrowserWindowType;

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

export const electronShell = (shell: ElectronShell): Shell => ({
  openPath: async (path) => {
    const error = await shell.openPath(path);
    if (error) throw new Error(error);
  },
});

const PRINT_DOCUMENT_PREFIX = 'compliance-desk-';
const PRINT_DOCUMENT_NAME =
  /^compliance-desk-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.html$/;

/** The only file:// URLs the app loads: documents the printer wrote to the temp folder. */
export const isPrintDocumentUrl =
  (tempDir: string) =>
  (url: string): boolean => {
    try {
      const file = fileURLToPath(url);
      return dirname(file) === resolve(tempDir) && PRINT_DOCUMENT_NAME.test(basename(file));
    } catch {
      return false;
    }
  };

/**
 * Renders a document in a hidden, sandboxed window with JavaScript off, then prints it or makes a
 * PDF through Chromium's print pipeline (the same one the tests use through Playwright).
 */
export const electronPrinter = (BrowserWindow: BrowserWindowClass, tempDir: string): Printer => {
  const withDocument = async <T>(html: string, work: (win: BrowserWindowType) => Promise<T>): Promise<T> => {
    const file = join(tempDir, `${PRINT_DOCUMENT_PREFIX}${randomUUID()}.html`);
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
