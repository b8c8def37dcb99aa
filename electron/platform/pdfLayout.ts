import type { PdfOptions } from './ports';

/** Page margins in millimetres, shared by the Electron printer and the test printer. */
export const pdfMarginsMm = { top: 12, bottom: 16, left: 12, right: 12 } as const;

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/**
 * Chromium's print footer: the document label and «Страница X из Y» on every page. The footer is
 * rendered outside the page's CSS, so its font size and margins are set inline.
 */
export const pdfFooterTemplate = (options: PdfOptions): string =>
  `<div style="width:100%;font-size:8px;color:#444;padding:0 ${pdfMarginsMm.left}mm;display:flex;justify-content:space-between;font-family:'Noto Serif',serif;">` +
  `<span>${escapeHtml(options.footerLabel)}</span>` +
  `<span>Страница <span class="pageNumber"></span> из <span class="totalPages"></span></span></div>`;

export const pdfHeaderTemplate = '<span></span>';
