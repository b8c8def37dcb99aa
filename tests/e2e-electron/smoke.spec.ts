import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../..');
const electronBinary = (): string | null => {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const path = require('electron') as unknown as string;
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
};

test('the packaged main process starts, opens the window and answers over IPC', async () => {
  const binary = electronBinary();
  test.skip(binary === null, 'The Electron runtime is not installed on this machine');
  const dataDir = await mkdtemp(join(tmpdir(), 'cd-electron-'));
  const app = await electron.launch({
    executablePath: binary ?? undefined,
    args: [root],
    env: { ...process.env, COMPLIANCE_DESK_DATA_DIR: dataDir },
  });
  try {
    const page = await app.firstWindow();
    await expect(page.getByRole('navigation')).toBeVisible();
    // The renderer comes from the app's own origin, not file:// (electron/platform/appProtocol.ts).
    expect(page.url()).toBe('app://compliance-desk/index.html');
    const outside = await page.evaluate(() =>
      fetch('app://compliance-desk/%2e%2e/package.json').then(
        (r) => r.status,
        () => 0,
      ),
    );
    expect(outside === 0 || outside >= 400).toBe(true);
    const info = await page.evaluate(() => window.api.app.info());
    expect(info).toMatchObject({ ok: true, value: { dataDir } });
    // The renderer has no Node: sandboxed and isolated; the API is the named functions only.
    const globals = await page.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      ipc: typeof (window.api as unknown as { invoke?: unknown }).invoke,
    }));
    expect(globals).toEqual({ require: 'undefined', process: 'undefined', ipc: 'undefined' });
  } finally {
    await app.close();
    await rm(dataDir, { recursive: true, force: true });
  }
});
