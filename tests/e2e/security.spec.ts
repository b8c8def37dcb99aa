import { channelNames } from '../../shared/ipc/channels';
import { expect, test } from './fixtures';

const domains = [...new Set(channelNames.map((c) => c.split(':')[0]))].sort();

test.describe('renderer security', () => {
  test('the page sees named API functions only, and no Node', async ({ page, harness }) => {
    expect(harness.url).toMatch(/^http:\/\/127\.0\.0\.1:/);
    const shape = await page.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      domains: Object.keys(window.api).sort(),
      createType: typeof window.api.recipients.create,
      invoke: typeof (window.api as unknown as { invoke?: unknown }).invoke,
      frozen: Object.isFrozen(window.api),
    }));
    expect(shape).toEqual({
      require: 'undefined',
      process: 'undefined',
      domains,
      createType: 'function',
      invoke: 'undefined',
      frozen: true,
    });
  });

  test('a payload that fails the schema comes back as a VALIDATION result and changes nothing', async ({
    page,
  }) => {
    const result = await page.evaluate(() =>
      window.api.organisations.create({ name: '', jurisdiction: 'XX' } as never),
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await page.evaluate(() => window.api.organisations.list({ includeArchived: true }))).toEqual({
      ok: true,
      value: [],
    });
  });

  test('the Content-Security-Policy blocks network requests and inline scripts', async ({ page }) => {
    const outcome = await page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
      let fetched = 'allowed';
      try {
        await fetch('https://example.com/collect');
      } catch {
        fetched = 'blocked';
      }
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.body.appendChild(script);
      await new Promise((r) => setTimeout(r, 50));
      return {
        fetched,
        injected: (window as unknown as { __injected?: boolean }).__injected === true,
        violations,
      };
    });
    expect(outcome.fetched).toBe('blocked');
    expect(outcome.injected).toBe(false);
    expect(outcome.violations).toEqual(expect.arrayContaining(['connect-src', 'script-src-elem']));
  });

  test('a frame other than the app page cannot call the main process', async ({ page }) => {
    await page.evaluate(() => {
      const frame = document.createElement('iframe');
      frame.srcdoc = '<p>embedded</p>';
      document.body.appendChild(frame);
    });
    await expect.poll(() => page.frames().length).toBe(2);
    const child = page.frames().find((f) => f !== page.mainFrame());
    const answer = await child?.evaluate(() =>
      (
        window as unknown as { __complianceDeskInvoke: (c: string, p: unknown) => Promise<unknown> }
      ).__complianceDeskInvoke('app:info', null),
    );
    expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
