import type { App, Session, WebContents, WebFrameMain } from 'electron';

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

/** The app's own page: the built index.html (file://) or, in development, the dev server origin. */
export const isAppUrl = (url: string, appUrl: string): boolean => {
  try {
    const target = new URL(url);
    const own = new URL(appUrl);
    if (own.protocol === 'file:') return target.protocol === 'file:' && target.pathname === own.pathname;
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

/**
 * Security baseline: no navigation away from the app, no new windows or webviews, every permission
 * request denied, a strict CSP on every response, and no request leaves the machine.
 */
export const installSecurity = (app: App, session: Session, appUrl: string): void => {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
  // The app is offline: only its own files (and the dev server in development) may be requested.
  session.webRequest.onBeforeRequest((details, callback) => {
    const url = details.url;
    const local =
      url.startsWith('file:') ||
      url.startsWith('data:') ||
      url.startsWith('devtools:') ||
      url.startsWith('about:');
    callback({ cancel: !(local || isAppUrl(url, appUrl)) });
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, appUrl));
};
