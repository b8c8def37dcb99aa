import type { App, Session, WebContents, WebFrameMain } from 'electron';
import { APP_PAGE_URL, isAppOriginUrl } from './platform/appProtocol';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'self' about: data:",
  "worker-src 'none'",
].join('; ');

/**
 * Where the window's page comes from: the built renderer on the app:// origin, or — only when the
 * app is not packaged — electron-vite's development server named by ELECTRON_RENDERER_URL.
 */
export const appPageUrl = (isPackaged: boolean, env: NodeJS.ProcessEnv = process.env): string =>
  !isPackaged && env.ELECTRON_RENDERER_URL ? env.ELECTRON_RENDERER_URL : APP_PAGE_URL;

/** The app's own page: the app:// origin or, in development, exactly the dev server's origin. */
export const isAppUrl = (url: string, appUrl: string): boolean => {
  if (isAppOriginUrl(appUrl)) return isAppOriginUrl(url);
  try {
    const target = new URL(url);
    const own = new URL(appUrl);
    // The development server also talks to its page over a websocket (hot reload).
    if (target.protocol === 'ws:') return target.host === own.host;
    return target.origin === own.origin;
  } catch {
    return false;
  }
};

export const trustedSender =
  (appUrl: string) =>
  (frame: WebFrameMain | null): boolean =>
    frame !== null && frame.parent === null && isAppUrl(frame.url, appUrl);

const hardenWebContents = (contents: WebContents, appUrl: string): void => {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, appUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, appUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
};

export interface SecurityOptions {
  /** The window's page (appPageUrl). */
  appUrl: string;
  /** Development only: DevTools pages may load. */
  development: boolean;
  /** The one kind of file:// URL that may load: a document the printer rendered to a temp file. */
  isPrintDocument: (url: string) => boolean;
}

/**
 * Security baseline: no navigation away from the app, no new windows or webviews, every permission
 * request denied, a strict CSP on every response, and no request leaves the machine.
 */
export const installSecurity = (app: App, session: Session, options: SecurityOptions): void => {
  const { appUrl, development, isPrintDocument } = options;
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
  // The app is offline: only its own origin (and the dev server in development) may be requested.
  session.webRequest.onBeforeRequest((details, callback) => {
    const url = details.url;
    const allowed =
      isAppUrl(url, appUrl) ||
      url.startsWith('data:') ||
      url.startsWith('about:') ||
      (url.startsWith('file:') && isPrintDocument(url)) ||
      (development && url.startsWith('devtools:'));
    callback({ cancel: !allowed });
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, appUrl));
};
