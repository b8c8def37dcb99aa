import { chromium, type Browser, type Page } from '@playwright/test';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, chromiumExecutable } from './chromium';
import { startHarness, type Harness } from './harness';

export interface LaunchedApp {
  browser: Browser;
  page: Page;
  harness: Harness;
  close(): Promise<void>;
}

/**
 * Opens the built renderer in headless Chromium with the real handlers behind window.api — for
 * screenshots and manual checks outside the test runner (the Playwright fixture does the same).
 */
export const launchApp = async (
  options: { dataDir?: string; width?: number; height?: number; now?: string } = {},
): Promise<LaunchedApp> => {
  const browser = await chromium.launch({ executablePath: chromiumExecutable, args: chromiumArgs });
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'cd-app-')));
  const harness = await startHarness({
    dataDir,
    browser: () => browser,
    ...(options.now ? { now: options.now } : {}),
  });
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1366, height: options.height ?? 768 },
    locale: 'ru-RU',
  });
  const page = await context.newPage();
  await harness.attach(page);
  await page.goto(harness.url);
  return {
    browser,
    page,
    harness,
    close: async () => {
      await harness.close();
      await browser.close();
    },
  };
};
