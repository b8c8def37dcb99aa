import type { Browser } from '@playwright/test';
import type { Printer } from '../../../electron/platform/ports';
import { playwrightPdfMargins, type PrintSettings } from '../../../shared/documents/print';

/**
 * The test stand-in for Electron's printToPDF: the same HTML, footer template and margins through
 * Chromium's print pipeline (page.pdf). "Print" cannot open a system dialog headless: it records the job.
 */
export const playwrightPrinter = (browser: () => Browser): Printer & { printJobs: string[] } => {
  const printJobs: string[] = [];
  const toPdf = async (html: string, settings: PrintSettings): Promise<Uint8Array> => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      return await page.pdf({
        format: settings.pageSize,
        landscape: settings.landscape,
        printBackground: settings.printBackground,
        displayHeaderFooter: settings.displayHeaderFooter,
        headerTemplate: settings.headerTemplate,
        footerTemplate: settings.footerTemplate,
        margin: playwrightPdfMargins(settings.marginsMm),
      });
    } finally {
      await context.close();
    }
  };
  return {
    printJobs,
    toPdf,
    print: async (html) => {
      printJobs.push(html);
    },
  };
};
