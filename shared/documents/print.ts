import { escapeHtml } from './html';
import type { DocumentFonts } from './types';

/**
 * How documents are printed to PDF, the same in the Electron printer (`webContents.printToPDF`) and
 * the test printer (Playwright `page.pdf`): A4, margins in millimetres, no header, and a footer
 * with the document label and «Страница X из Y» that Chromium draws in the bottom margin.
 */

/** Page margins in millimetres. The bottom one leaves room for the footer. */
export interface PageMarginsMm {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Left 20 mm leaves room for hole punching and binding (as GOST R 7.0.97 asks of documents). */
export const DOCUMENT_MARGINS_MM: PageMarginsMm = { top: 12, right: 10, bottom: 16, left: 20 };

/** What a document tells its printer; `renderX` and `xPdfOptions` come in pairs. */
export interface DocumentPdfOptions {
  landscape: boolean;
  marginsMm: PageMarginsMm;
  footerLabel: string;
  /**
   * `footer` (default): Chromium's footer with the label and «Страница X из Y» (registers, journals).
   * `gost`: letters and notices number their pages themselves from page 2, centred at the top
   * (shared/documents/pageNumbers.ts); no footer is printed.
   */
  pageNumbers?: 'footer' | 'gost';
}

/** Millimetres as a CSS / Playwright length: "16mm". */
export const mm = (value: number): string => `${value}mm`;

/** An empty print header (without one Chromium prints the page title and the date). */
export const PRINT_HEADER_TEMPLATE = '<span></span>';

/** The regular upright faces only: enough for the footer, a fraction of the size. */
const regularFaces = (css: string): string =>
  (css.match(/@font-face\s*\{[^}]*\}/g) ?? [])
    .filter((rule) => /font-weight:\s*400/.test(rule) && /font-style:\s*normal/.test(rule))
    .join('\n');

/**
 * Chromium print footer: the label on the left, «Страница X из Y» on the right (Chromium fills the
 * `pageNumber` / `totalPages` spans). The template is a separate document that does not see the
 * page's styles; given `fonts`, it embeds their regular faces so the footer is set in the same
 * serif and Kazakh letters in the label print. Without them the system serif is used.
 */
export const printFooterTemplate = (
  label: string,
  fonts?: DocumentFonts,
  margins: PageMarginsMm = DOCUMENT_MARGINS_MM,
): string => {
  const style = fonts ? `<style>${regularFaces(fonts.css)}</style>` : '';
  const family = fonts ? `'${fonts.serif}',` : '';
  return (
    style +
    `<div style="box-sizing:border-box;width:100%;padding:0 ${mm(margins.right)} 0 ${mm(margins.left)};` +
    `display:flex;justify-content:space-between;font-family:${family}'Times New Roman',serif;` +
    `font-size:8pt;color:#000">` +
    `<span>${escapeHtml(label)}</span>` +
    '<span>Страница <span class="pageNumber"></span> из <span class="totalPages"></span></span></div>'
  );
};

/** Everything a printer needs, in neutral form; see `electronPdfMargins` / `playwrightPdfMargins`. */
export interface PrintSettings {
  pageSize: 'A4';
  landscape: boolean;
  printBackground: true;
  displayHeaderFooter: boolean;
  headerTemplate: string;
  footerTemplate: string;
  marginsMm: PageMarginsMm;
}

export const printSettings = (options: DocumentPdfOptions, fonts?: DocumentFonts): PrintSettings => {
  const gost = options.pageNumbers === 'gost';
  return {
    pageSize: 'A4',
    landscape: options.landscape,
    printBackground: true,
    displayHeaderFooter: !gost,
    headerTemplate: gost ? '' : PRINT_HEADER_TEMPLATE,
    footerTemplate: gost ? '' : printFooterTemplate(options.footerLabel, fonts, options.marginsMm),
    marginsMm: options.marginsMm,
  };
};

/** Electron `printToPDF({ margins })` takes inches. */
export const electronPdfMargins = (m: PageMarginsMm): PageMarginsMm => ({
  top: m.top / 25.4,
  right: m.right / 25.4,
  bottom: m.bottom / 25.4,
  left: m.left / 25.4,
});

/** Playwright `page.pdf({ margin })` takes CSS lengths. */
export const playwrightPdfMargins = (m: PageMarginsMm): Record<keyof PageMarginsMm, string> => ({
  top: mm(m.top),
  right: mm(m.right),
  bottom: mm(m.bottom),
  left: mm(m.left),
});
