import { randomUUID } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserWindow as BrowserWindowType } from 'electron';
import { electronPdfMargins, type PrintSettings } from '../../shared/documents/print';
import type { Printer } from './ports';

type BrowserWindowClass = typeof BrowserWindowType;

/**
 * The documents the printer has on disk right now. They are the only file:// pages the app loads
 * (security.ts asks `isPrintDocumentUrl`): a file name is a fresh UUID, listed only while printing.
 */
export const createPrintDocuments = () => {
  const open = new Set<string>();
  return {
    add: (file: string) => open.add(basename(file)),
    remove: (file: string) => open.delete(basename(file)),
    isPrintDocumentUrl: (url: string): boolean => {
      try {
        return open.has(basename(fileURLToPath(url)));
      } catch {
        return false;
      }
    },
  };
};
export type PrintDocuments = ReturnType<typeof createPrintDocuments>;

/**
 * Renders a document in a hidden, sandboxed window with JavaScript off, then prints it or makes a
 * PDF through Chromium's print pipeline (the same one the tests use through Playwright).
 */
export const electronPrinter = (
  BrowserWindow: BrowserWindowClass,
  tempDir: string,
  documents: PrintDocuments,
): Printer => {
  const withDocument = async <T>(html: string, work: (win: BrowserWindowType) => Promise<T>): Promise<T> => {
    const file = join(tempDir, `compliance-desk-${randomUUID()}.html`);
    await writeFile(file, html, 'utf8');
    documents.add(file);
    const win = new BrowserWindow({
      show: false,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false },
    });
    try {
      await win.loadFile(file);
      return await work(win);
    } finally {
      win.destroy();
      documents.remove(file);
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
