import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APP_ORIGIN,
  APP_SCHEME_PRIVILEGES,
  isAppOriginUrl,
  serveRendererFile,
} from '../../../electron/platform/appProtocol';

const CSP = "default-src 'self'";
let root: string;
let rendererDir: string;
const get = (url: string, method = 'GET') => serveRendererFile(rendererDir, { url, method }, CSP);

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'cd-protocol-'));
  rendererDir = join(root, 'renderer');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>app</title>');
  await writeFile(join(rendererDir, 'assets', 'index-1.js'), 'export {};');
  await writeFile(join(rendererDir, 'assets', 'index-1.css'), 'body{}');
  await writeFile(join(rendererDir, 'assets', 'inter.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  await writeFile(join(rendererDir, 'assets', 'logo.svg'), '<svg/>');
  await writeFile(join(rendererDir, 'assets', 'LICENSE'), 'no extension');
  await writeFile(join(root, 'secret.json'), '{"password":"x"}');
  await writeFile(join(root, 'renderer-other.html'), 'sibling folder with the same prefix');
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('app:// serves only the built renderer', () => {
  it('is a standard, secure scheme (a real origin, a secure context)', () => {
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({
      scheme: 'app',
      privileges: { standard: true, secure: true },
    });
    expect(APP_ORIGIN).toBe('app://compliance-desk');
  });

  it('serves the page and its assets with their MIME types, nosniff and the CSP', async () => {
    const cases: [string, string][] = [
      ['/index.html', 'text/html; charset=utf-8'],
      ['/', 'text/html; charset=utf-8'],
      ['/assets/index-1.js', 'text/javascript; charset=utf-8'],
      ['/assets/index-1.css', 'text/css; charset=utf-8'],
      ['/assets/inter.woff2', 'font/woff2'],
      ['/assets/logo.svg', 'image/svg+xml'],
    ];
    for (const [path, type] of cases) {
      const response = await get(`${APP_ORIGIN}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toBe(type);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('content-security-policy')).toBe(CSP);
    }
    expect(await (await get(`${APP_ORIGIN}/assets/index-1.js?v=1#x`)).text()).toBe('export {};');
  });

  it('refuses path traversal in every spelling', async () => {
    for (const path of [
      '/../secret.json',
      '/%2e%2e/secret.json',
      '/assets/..%2f..%2fsecret.json',
      '/..%5csecret.json',
      '/assets/%2e%2e%5c%2e%2e%5csecret.json',
      '/..\\secret.json',
      '/C:/Windows/win.ini',
      '/%00index.html',
      '/../renderer-other.html',
      '/%E0%A4%A',
    ]) {
      const response = await get(`${APP_ORIGIN}${path}`);
      expect(response.status, path).toBeGreaterThanOrEqual(400);
      expect(await response.text(), path).not.toContain('password');
    }
  });

  it('answers 404 for missing files, folders, unknown types and other hosts; 405 for writes', async () => {
    expect((await get(`${APP_ORIGIN}/missing.js`)).status).toBe(404);
    expect((await get(`${APP_ORIGIN}/assets`)).status).toBe(404);
    expect((await get(`${APP_ORIGIN}/assets/LICENSE`)).status).toBe(404);
    expect((await get('app://evil.example/index.html')).status).toBe(404);
    expect((await get(`${APP_ORIGIN}/index.html`, 'POST')).status).toBe(405);
  });

  it('recognises exactly the app origin', () => {
    expect(isAppOriginUrl('app://compliance-desk/index.html#/claims')).toBe(true);
    expect(isAppOriginUrl('app://compliance-desk.evil/index.html')).toBe(false);
    expect(isAppOriginUrl('app://evil/index.html')).toBe(false);
    expect(isAppOriginUrl('file:///index.html')).toBe(false);
    expect(isAppOriginUrl('https://compliance-desk/')).toBe(false);
    expect(isAppOriginUrl('not a url')).toBe(false);
  });
});
