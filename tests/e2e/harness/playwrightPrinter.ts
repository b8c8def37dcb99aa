import type { Browser } from '@playwright/test';
import { pdfFooterTemplate, pdfHeaderTemplate, pdfMarginsMm } from '../../../electron/platform/pdfLayout';
import type { PdfOptions, Printer } from '../../../electron/platform/ports';

const mm = (n: number) => `${n}mm`;

/**
 * The test stand-in for Electron's printToPDF: the same HTML, footer template and margins through
 * Chromium's print pipeline (page.pdf). "Print" cannot open a system dialog headless: it records the job.
 */
export const playwrightPrinter = (browser: () => Browser): Printer & { printJobs: string[] } => {
  const printJobs: string[] = [];
  const toPdf = async (html: string, options: PdfOptions): Promise<Uint8Array> => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      return await page.pdf({
        format: 'A4',
        landscape: options.landscape ?? false,
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: pdfHeaderTemplate,
        footerTemplate: pdfFooterTemplate(options),
        margin: {
          top: mm(pdfMarginsMm.top),
          bottom: mm(pdfMarginsMm.bottom),
          left: mm(pdfMarginsMm.left),
          right: mm(pdfMarginsMm.right),
        },
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
