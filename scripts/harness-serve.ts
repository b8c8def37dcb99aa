/**
 * Opens the built app in headless Chromium against the real handlers and saves a screenshot.
 *   npx tsx scripts/harness-serve.ts [--demo] [--out shot.png]
 * COMPLIANCE_DESK_DATA_DIR chooses the data folder (a temporary one otherwise).
 */
import { launchApp } from '../tests/e2e/harness/launch';

const args = process.argv.slice(2);
const out =
  args[args.indexOf('--out') + 1] && args.includes('--out') ? args[args.indexOf('--out') + 1] : 'harness.png';

const main = async () => {
  const app = await launchApp({
    ...(process.env.COMPLIANCE_DESK_DATA_DIR ? { dataDir: process.env.COMPLIANCE_DESK_DATA_DIR } : {}),
  });
  if (args.includes('--demo')) {
    await app.page.evaluate(() => window.api.demo.load());
    await app.page.reload();
  }
  await app.page.waitForTimeout(500);
  await app.page.screenshot({ path: out ?? 'harness.png' });
  console.log(`data: ${app.harness.dataDir}\nscreenshot: ${out}`);
  await app.close();
};

void main();
