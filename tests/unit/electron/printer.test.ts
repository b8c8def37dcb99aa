import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserWindow } from 'electron';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrintDocuments, electronPrinter } from '../../../electron/platform/electronPrinter';
import { printSettings } from '../../../shared/documents/print';
import { breachPdfOptions } from '../../../shared/documents/breachDocuments';

let tempDir: string;
beforeAll(async () => {
  tempDir = await mkdtemp(join(tmpdir(), 'cd-printer-'));
});
afterAll(() => rm(tempDir, { recursive: true, force: true }));

describe('the printer', () => {
  it('loads each document from a temp file that security allows only while it prints', async () => {
    const documents = createPrintDocuments();
    const seen: { url: string; allowedWhileLoading: boolean; html: string; options: unknown }[] = [];
    class FakeWindow {
      url = '';
      constructor(readonly options: unknown) {}
      webContents = { printToPDF: async () => new Uint8Array([37, 80, 68, 70]) };
      async loadFile(file: string) {
        this.url = pathToFileURL(file).toString();
        seen.push({
          url: this.url,
          allowedWhileLoading: documents.isPrintDocumentUrl(this.url),
          html: await readFile(file, 'utf8'),
          options: this.options,
        });
      }
      destroy() {}
    }
    const printer = electronPrinter(FakeWindow as unknown as typeof BrowserWindow, tempDir, documents);
    const fonts = { css: '', serif: 'Noto Serif', sans: 'Noto Serif' };
    const pdf = await printer.toPdf('<p>Уведомление</p>', printSettings(breachPdfOptions(''), fonts));
    expect(Buffer.from(pdf).toString('latin1')).toBe('%PDF');
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      allowedWhileLoading: true,
      html: '<p>Уведомление</p>',
      options: { show: false, webPreferences: { sandbox: true, javascript: false } },
    });
    // Afterwards the file is gone and its URL no longer loads.
    const url = seen[0]?.url ?? '';
    expect(documents.isPrintDocumentUrl(url)).toBe(false);
    expect(existsSync(new URL(url))).toBe(false);
    expect(documents.isPrintDocumentUrl('https://example.com/compliance-desk-x.html')).toBe(false);
  });
});
