/**
 * `npm run bench:mailmerge` — the mail merge of breach notices to LETTERS subjects (default 10,000)
 * through the same channels the UI uses (breaches:saveScope → mailMergeStart → mailMergeJob), with
 * Chromium's print pipeline (Playwright page.pdf) as the printer. Target: ≤ 60 s.
 */
import { chromium, type Browser } from '@playwright/test';
import { performance } from 'node:perf_hooks';
import { breachInput } from '../tests/integration/breachesFixtures';
import { shopKg } from '../tests/integration/correspondenceFixtures';
import { chromiumArgs, chromiumExecutable } from '../tests/e2e/harness/chromium';
import { playwrightPrinter } from '../tests/e2e/harness/playwrightPrinter';
import { startTestApp } from '../tests/support/testContext';

const LETTERS = Number(process.env.LETTERS ?? 10_000);
const TARGET_S = 60;

const main = async () => {
  const browser: Browser = await chromium.launch({ executablePath: chromiumExecutable, args: chromiumArgs });
  const app = await startTestApp();
  try {
    app.ctx.printer = playwrightPrinter(() => browser);
    const orgId = (await app.ok('organisations:create', shopKg)).id;
    const db = app.ctx.db;
    const { lastID: importId } = await db.run(
      `INSERT INTO imports (organisation_id, file_name, file_sha256, file_size, preset, source, encoding, status, started_at, actor_os, actor_person)
       VALUES (:orgId, 'bench.csv', 'x', 1, 'bitrix', 'bitrix', 'utf8', 'completed', '2026-01-01T00:00:00Z', 'os', '')`,
      { orgId },
    );
    await db.transaction(async (tx) => {
      for (let i = 1; i <= LETTERS; i += 1) {
        const { lastID } = await tx.run(
          `INSERT INTO subjects (organisation_id, full_name, address, import_id, created_at)
           VALUES (:orgId, :name, :address, :importId, 'now')`,
          { orgId, name: `Субъект Номер ${i}`, address: `г. Бишкек, ул. Киевская, д. ${i}`, importId },
        );
        await tx.run(
          `INSERT INTO orders (organisation_id, source, external_id, subject_id, ordered_at, import_id, line)
           VALUES (:orgId, 'bitrix', :ext, :id, '2026-01-01T10:00:00', :importId, :i)`,
          { orgId, ext: `B-${i}`, id: lastID, importId, i },
        );
      }
    });
    const incident = await app.ok('breaches:create', breachInput(orgId));
    await app.ok('breaches:saveScope', {
      incidentId: incident.id,
      criteria: { organisationId: orgId, importId },
    });
    const started = performance.now();
    const { jobId } = await app.ok('breaches:mailMergeStart', { incidentId: incident.id });
    let status = await app.ok('breaches:mailMergeJob', { jobId });
    let built = 0;
    while (status.state === 'building' || status.state === 'printing') {
      await new Promise((r) => setTimeout(r, 100));
      status = await app.ok('breaches:mailMergeJob', { jobId });
      if (status.state === 'printing' && built === 0) built = performance.now() - started;
    }
    const seconds = (performance.now() - started) / 1000;
    if (status.state !== 'done') throw new Error(`merge ${status.state}: ${status.error ?? ''}`);
    console.log(
      `mail merge: ${status.letters} letters, HTML built in ${(built / 1000).toFixed(1)} s, ` +
        `PDF ${(Number(status.pdfBytes) / 1e6).toFixed(1)} MB, total ${seconds.toFixed(1)} s ` +
        `(target ≤ ${TARGET_S} s: ${seconds <= TARGET_S ? 'OK' : 'MISSED'})`,
    );
  } finally {
    await app.close();
    await browser.close();
  }
};

void main();
