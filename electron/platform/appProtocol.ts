import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { CustomScheme } from 'electron';
import { contentType } from 'mime-types';

/**
 * The app's own origin. The built renderer is served from `app://compliance-desk/` instead of
 * `file://`: a standard, secure scheme gives the page a real origin (so CSP 'self', the navigation
 * guards and the IPC sender check name exactly one origin), and file:// pages no longer need the
 * extra privileges that the `grantFileProtocolExtraPrivileges` fuse grants (it is off).
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'compliance-desk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_PAGE_URL = `${APP_ORIGIN}/index.html`;

/** Registered before the app is ready (protocol.registerSchemesAsPrivileged). */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

/** Is `url` on the app's origin? (WHATWG URL gives non-special schemes an opaque origin.) */
export const isAppOriginUrl = (url: string): boolean => {
  try {
    const target = new URL(url);
    return target.protocol === `${APP_SCHEME}:` && target.host === APP_HOST;
  } catch {
    return false;
  }
};

const plain = (status: number, text: string) =>
  new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

/**
 * The file under `rendererDir` that an app:// URL names, or the HTTP status refusing it: another
 * host, an undecodable or hostile path (`..`, backslashes, drive letters, NUL) or a path that would
 * leave the folder.
 */
export const rendererFileFor = (rendererDir: string, url: string): string | 400 | 403 | 404 => {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return 400;
  }
  if (target.protocol !== `${APP_SCHEME}:` || target.host !== APP_HOST) return 404;
  let path: string;
  try {
    path = decodeURIComponent(target.pathname);
  } catch {
    return 400;
  }
  if (/[\\:\0]/.test(path) || path.split('/').includes('..')) return 403;
  const root = resolve(rendererDir);
  const file = resolve(root, `.${path === '/' ? '/index.html' : path}`);
  const inside = relative(root, file);
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) return 403;
  return file;
};

/**
 * Answers an app:// request with a file of the built renderer: GET only, the MIME type from the
 * extension (unknown types are not served), `nosniff`, and the app's CSP on the response itself.
 */
export const serveRendererFile = async (
  rendererDir: string,
  request: { url: string; method: string },
  contentSecurityPolicy: string,
): Promise<Response> => {
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
  const file = rendererFileFor(rendererDir, request.url);
  if (typeof file === 'number') return plain(file, file === 404 ? 'Not found' : 'Refused');
  const type = contentType(extname(file));
  if (!type) return plain(404, 'Not found');
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    return plain(404, 'Not found');
  }
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
    status: 200,
    headers: {
      'Content-Type': type,
      'Content-Security-Policy': contentSecurityPolicy,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    },
  });
};
