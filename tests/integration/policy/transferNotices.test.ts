import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SpawnWorker } from '../../../electron/context';
import type { MailMergeCommand, MailMergeEvent } from '../../../shared/breaches/mailMergeMessages';
import { recipientInput } from '../../support/fixtures';
import { startTestApp, type TestApp } from '../../support/testContext';
import { testSpawnWorker } from '../../support/workers';
import { insertLedgerFixture, shopKg, shopRu } from '../correspondenceFixtures';
import { confirmSamplePolicy } from './policyFixtures';

let app: TestApp;
let orgId: number;
let courierId: number;

/**
 * A mail-merge worker stand-in that writes its PDF at once and, like a real process, reports its exit
 * as soon as it is killed — here well before the main process has kept the PDF (the database is busy).
 */
const instantMergeWorker: SpawnWorker = (name) => {
  if (name !== 'mailMergeWorker') return testSpawnWorker(name);
  const listeners: ((m: unknown) => void)[] = [];
  const exits: ((code: number | null) => void)[] = [];
  return {
    send: (raw) => {
      const command = raw as MailMergeCommand;
      if (command.type !== 'task') return;
      void (async () => {
        const doc = await PDFDocument.create();
        doc.addPage();
        const bytes = await doc.save();
        await writeFile(command.task.outputFile, bytes);
        // The database is busy for a while: the PDF is kept well after the worker has exited.
        void app.ctx.db.transaction(() => new Promise((resolve) => setTimeout(resolve, 500)));
        const done: MailMergeEvent = { type: 'done', letters: command.task.total, bytes: bytes.byteLength };
        for (const l of listeners) l(done);
      })();
    },
    onMessage: (l) => void listeners.push(l),
    onExit: (l) => void exits.push(l),
    kill: () => exits.forEach((l) => l(null)),
  };
};

const seedKgShop = async (spawnWorker?: SpawnWorker) => {
  app = await startTestApp(spawnWorker ? { spawnWorker } : {});
  orgId = (await app.ok('organisations:create', shopKg)).id;
  courierId = (await app.ok('recipients:create', recipientInput(orgId))).id;
  const bankId = (
    await app.ok(
      'recipients:create',
      recipientInput(orgId, { type: 'bank', legalName: 'ОАО «Банк»', registrationNumber: '' }),
    )
  ).id;
  await insertLedgerFixture(app, orgId, { courierId, bankId });
  await confirmSamplePolicy(app, orgId);
};
beforeEach(async () => seedKgShop());
afterEach(async () => app.close());

/** A consignee of the March order: another person whose data (name, phone, address) went to the courier. */
const addConsignee = async () => {
  const db = app.ctx.db;
  const { lastID: consigneeId } = await db.run(
    `INSERT INTO subjects (organisation_id, full_name, address, import_id, created_at)
     VALUES (:orgId, 'Токтогулова Жылдыз Маратовна', '', 1, 'now')`,
    { orgId },
  );
  await db.run(
    `UPDATE orders SET consignee_id = :consigneeId, consignee_name = 'Токтогулова Жылдыз Маратовна'
     WHERE external_id = 'A-1001'`,
    { consigneeId },
  );
  return consigneeId;
};

const waitForJob = async (jobId: string) => {
  let status = await app.ok('notices:job', { jobId });
  while (status.state === 'building' || status.state === 'printing') {
    await new Promise((r) => setTimeout(r, 50));
    status = await app.ok('notices:job', { jobId });
  }
  return status;
};

describe('KG transfer notices (Decree No. 759)', () => {
  it('prints the notices of a period in one batch from the ledger and records that they were sent', async () => {
    const criteria = { organisationId: orgId, recipientId: courierId, from: '2026-03-01', to: '2026-03-31' };
    expect(await app.ok('notices:count', criteria)).toEqual({ subjects: 1, orders: 1 });
    const batch = await app.ok('notices:create', criteria);
    expect(batch).toMatchObject({
      subjects: 1,
      status: 'prepared',
      pdfSha256: null,
      recipientName: 'ОсОО «Курьер Плюс»',
    });

    const refused = await app.call('notices:markSent', {
      batchId: batch.id,
      sentDate: '2026-11-20',
      method: 'Почтой',
    });
    expect(!refused.ok && refused.error.message).toBe('errors.transferNotices.notPrinted');

    const { jobId } = await app.ok('notices:print', { batchId: batch.id });
    const done = await waitForJob(jobId);
    expect(done).toMatchObject({ state: 'done', letters: 1, batchId: batch.id });
    const html = app.printer.printed.map((p) => p.html).join('\n');
    expect(html).toContain('Уведомление о передаче персональных данных третьему лицу');
    expect(html).toContain('Асанову Б. К.');
    expect(html).toContain('ОсОО «Курьер Плюс»');
    expect(html).toContain('в период с 01.03.2026 по 31.03.2026');
    expect(html).toContain('п. 5.2 Политики конфиденциальности (ред. от 01.03.2025)');
    expect(html).toContain('от 21 ноября 2017 года № 759');
    expect(html).toContain('<p>22.11.2026</p>');

    const [printed] = await app.ok('notices:list', { recipientId: courierId });
    expect(printed?.pdfSha256).toMatch(/^[0-9a-f]{64}$/);
    await readFile(join(app.dir, 'documents', `${printed?.pdfSha256}.pdf`));

    const sent = await app.ok('notices:markSent', {
      batchId: batch.id,
      sentDate: '2026-11-20',
      method: 'Заказными письмами',
    });
    expect(sent).toMatchObject({ status: 'sent', sentDate: '2026-11-20' });
    const courier = await app.ok('recipients:get', { id: courierId });
    expect(courier).toMatchObject({
      subjectNoticeDate: '2026-11-20',
      subjectNoticeMethod: `Заказными письмами (пакет уведомлений № ${batch.id})`,
    });
    await expect(
      app.ctx.db.run("UPDATE transfer_notice_batches SET sent_method = 'x' WHERE id = :id", { id: batch.id }),
    ).rejects.toThrow(/frozen/);
    await expect(app.ctx.db.run('DELETE FROM transfer_notice_subjects')).rejects.toThrow(/evidence/);
    const history = await app.ok('audit:history', { entity: 'transferNoticeBatch', entityId: batch.id });
    expect(history).toHaveLength(3);
    expect((await app.ok('audit:verify')).ok).toBe(true);
  });

  it('cancel stops the merge; the batch stays prepared and can be printed again', async () => {
    const batch = await app.ok('notices:create', {
      organisationId: orgId,
      recipientId: courierId,
      from: '',
      to: '',
    });
    const { jobId } = await app.ok('notices:print', { batchId: batch.id });
    await app.ok('notices:cancel', { jobId });
    expect((await waitForJob(jobId)).state).toBe('cancelled');
    const [again] = await app.ok('notices:list', { recipientId: courierId });
    expect(again).toMatchObject({ status: 'prepared' });
  });

  it('refuses a period without transfers and an organisation outside Kyrgyzstan, saving nothing', async () => {
    const empty = await app.call('notices:create', {
      organisationId: orgId,
      recipientId: courierId,
      from: '2020-01-01',
      to: '2020-12-31',
    });
    expect(!empty.ok && empty.error.message).toBe('errors.transferNotices.noSubjects');
    expect(await app.ok('notices:list', { recipientId: courierId })).toEqual([]);
    const ru = (await app.ok('organisations:create', shopRu)).id;
    const ruRecipient = (
      await app.ok('recipients:create', recipientInput(ru, { country: 'RU', registrationNumber: '' }))
    ).id;
    const refused = await app.call('notices:count', {
      organisationId: ru,
      recipientId: ruRecipient,
      from: '',
      to: '',
    });
    expect(!refused.ok && refused.error.message).toBe('errors.transferNotices.kgOnly');
  });

  it('a consignee of an order is notified too: her data went to the recipient as well', async () => {
    await addConsignee();
    const criteria = { organisationId: orgId, recipientId: courierId, from: '2026-03-01', to: '2026-03-31' };
    expect(await app.ok('notices:count', criteria)).toEqual({ subjects: 2, orders: 1 });
    const batch = await app.ok('notices:create', criteria);
    expect(batch.subjects).toBe(2);
    const { jobId } = await app.ok('notices:print', { batchId: batch.id });
    expect(await waitForJob(jobId)).toMatchObject({ state: 'done', letters: 2 });
    const html = app.printer.printed.map((p) => p.html).join('\n');
    expect(html).toContain('Асанову Б. К.');
    // The ledger keeps her address on the order she received: the letter is addressed there.
    expect(html).toContain('Токтогуловой Ж. М.<br>г. Бишкек, ул. Киевская, д. 10, кв. 4');
  });

  it('a batch whose persons changed in the ledger is marked outdated and not printed', async () => {
    const criteria = { organisationId: orgId, recipientId: courierId, from: '2026-03-01', to: '2026-03-31' };
    const batch = await app.ok('notices:create', criteria);
    expect((await app.ok('notices:list', { recipientId: courierId }))[0]?.outdated).toBe(false);
    await addConsignee();
    expect((await app.ok('notices:list', { recipientId: courierId }))[0]?.outdated).toBe(true);
    const refused = await app.call('notices:print', { batchId: batch.id });
    expect(!refused.ok && refused.error.message).toBe('errors.transferNotices.outdated');
    const fresh = await app.ok('notices:create', criteria);
    expect(fresh).toMatchObject({ subjects: 2, outdated: false });
    expect((await app.ok('audit:verify')).ok).toBe(true);
  });

  it('the import that brought a batch’s persons cannot be undone; the refusal names the batch', async () => {
    const batch = await app.ok('notices:create', {
      organisationId: orgId,
      recipientId: courierId,
      from: '',
      to: '',
    });
    const importId = (await app.ctx.db.get<{ id: number }>('SELECT id FROM imports'))?.id ?? 0;
    const refused = await app.call('imports:undo', { importId });
    // Refused, changing nothing: the outcome names the batch (the screen says it in the officer's language).
    expect(refused).toMatchObject({
      ok: true,
      value: { undone: false, dependents: { noticeBatches: [batch.id] } },
    });
    expect((await app.ctx.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM orders'))?.n).toBe(2);
  });

  it('a worker that exits as soon as its PDF is reported does not fail the job', async () => {
    await app.close();
    await seedKgShop(instantMergeWorker);
    const batch = await app.ok('notices:create', {
      organisationId: orgId,
      recipientId: courierId,
      from: '',
      to: '',
    });
    const { jobId } = await app.ok('notices:print', { batchId: batch.id });
    expect(await waitForJob(jobId)).toMatchObject({ state: 'done', letters: 1 });
    expect((await app.ok('notices:list', { recipientId: courierId }))[0]?.pdfSha256).toMatch(
      /^[0-9a-f]{64}$/,
    );
  });
});
