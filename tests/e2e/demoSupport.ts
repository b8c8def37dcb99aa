import type { Page } from '@playwright/test';
import type { Api } from '../../shared/ipc/api';
import { expect } from './fixtures';

/**
 * Setup for the tests of one screen: the demo shops and their recipient registers only (scope
 * «register»: no imported ledger, letters or incident to work around), then the app opens on them.
 * The full demo, as the first-run button loads it, has its own spec (demo.spec.ts).
 */
export const loadRegisterDemo = async (page: Page) => {
  await page.evaluate(async () => {
    const api = (window as unknown as { api: Api }).api;
    const result = await api.demo.load({ scope: 'register' });
    if (!result.ok) throw new Error(result.error.message);
  });
  await page.reload();
  await expect(page.getByLabel('Текущая организация')).toContainText('istore.kg');
};
