/**
 * GOST R 7.0.97-2025 page numbers: from the second page, centred in the top margin, digits only. Drawn
 * by the page's own CSS (page-margin boxes), so the Electron printer, the system print dialog and the
 * tests' Playwright printer number pages alike. The counter runs over the whole document: a mail merge
 * prints a letter that runs over one page on its own (electron/workers/mailMergeWorker.ts).
 */
export const gostPageNumbersCss = (serif: string): string => `
@page { @top-center { content: counter(page); font-family: '${serif}', serif; font-size: 12pt;
  vertical-align: bottom; padding-bottom: 4mm; } }
@page :first { @top-center { content: none; } }
`;
