/** The zoom steps of the print preview (1 = the page at its printed size on a 96 dpi screen). */
export const ZOOM_STEPS = [0.5, 0.67, 0.75, 0.9, 1, 1.1, 1.25, 1.5, 2] as const;

const MM = 96 / 25.4;
/** The screen margin the document's own CSS puts around the sheet (8 mm each side). */
const SHEET_MARGIN_PX = 16 * MM;

/**
 * The sheet's width on screen, from the document's own @page rule (A4 portrait or landscape); the
 * preview must know it to fit the page to the dialog without running anything inside the frame.
 */
export const sheetWidthPx = (html: string): number =>
  (/@page\s*{\s*size:\s*A4\s+landscape/.test(html) ? 297 : 210) * MM + SHEET_MARGIN_PX;

/** The zoom that fits the whole sheet's width into `available` pixels (never above 100 %). */
export const fitZoom = (available: number, sheetWidth: number): number =>
  Math.max(0.3, Math.min(1, Math.floor((available / sheetWidth) * 100) / 100));

export const zoomIn = (zoom: number): number => ZOOM_STEPS.find((s) => s > zoom + 0.001) ?? zoom;

export const zoomOut = (zoom: number): number =>
  [...ZOOM_STEPS].reverse().find((s) => s < zoom - 0.001) ?? zoom;

/** The document with the zoom applied by a style of our own (the frame runs no scripts). */
export const zoomedHtml = (html: string, zoom: number): string => {
  const style = `<style>html { zoom: ${zoom}; }</style>`;
  return html.includes('</head>') ? html.replace('</head>', `${style}</head>`) : style + html;
};
