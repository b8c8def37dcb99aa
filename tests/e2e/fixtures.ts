import { test as base, expect } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHarness, type Harness } from './harness/harness';

/**
 * Each test gets its own data folder, database and settings, and a page wired to the real handlers
 * (automatic: the page is the app even in tests that never touch `harness`).
 */
export const test = base.extend<{ harness: Harness }>({
  harness: [
    async ({ browser, page }, use) => {
      const dataDir = await mkdtemp(join(tmpdir(), 'cd-e2e-'));
      const harness = await startHarness({ dataDir, browser: () => browser });
      await harness.attach(page);
      await page.goto(harness.url);
      await use(harness);
      // Leave the app page first, so no late request reaches a closed database.
      if (!page.isClosed()) await page.goto('about:blank');
      await harness.close();
      await rm(dataDir, { recursive: true, force: true });
    },
    { auto: true },
  ],
});

export { expect };
