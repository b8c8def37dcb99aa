import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recipientInput } from '../../support/fixtures';
import { startTestApp, type TestApp } from '../../support/testContext';
import { insertLedgerFixture, shopKg, shopRu } from '../correspondenceFixtures';
import { confirmSamplePolicy } from './policyFixtures';

let app: TestApp;
let orgId: number;
let courierId: number;
beforeEach(async () => {
  app = await startTestApp();
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
});
afterEach(async () => app.close());

const waitForJob = async (jobId: string) => {
  let status = await app.ok('transferNotices:job', { jobId });
  while (status.state === 'building' || status.state === 'printing') {
    await new Promise((r) => setTimeout(r, 50));
    status = await app.ok('transferNotices:job', { jobId });
  }
  return status;
};

describe('KG transfer notices (Decree No. 759)', () => {
  it('prints the notices of a period in one batch from the ledger and records that they were sent', async () => {
    const criteria = { organisationId: orgId, recipientId: courierId, from: '2026-03-01', to: '2026-03-31' };
    expect(await app.ok('transferNotices:count', criteria)).toEqual({ subjects: 1, orders: 1 });
    const batch = await app.ok('transferNotices:create', criteria);
    expect(batch).toMatchObject({
      subjects: 1,
      status: 'prepared',
      pdfSha256: null,
      recipientName: 'ОсОО «Курьер Плюс»',
    });

    const refused = await app.call('transferNotices:markSent', {
      batchId: batch.id,
      sentDate: '2026-11-20',
      method: 'Почтой',
    });
    expect(!refused.ok && refused.error.message).toBe('errors.transferNotices.notPrinted');

    const { jobId } = await app.ok('transferNotices:print', { batchId: batch.id });
    const done = await waitForJob(jobId);
    expect(done).toMatchObject({ state: 'done', letters: 1, batchId: batch.id });
    const html = app.printer.printed.map((p) => p.html).join('\n');
    expect(html).toContain('Уведомление о передаче персональных данных третьему лицу');
    expect(html).toContain('Асанов Бакыт Кенешович');
    expect(html).toContain('ОсОО «Курьер Плюс»');
    expect(html).toContain('в период с 01.03.2026 по 31.03.2026');
    expect(html).toContain('п. 5.2 Политики конфиденциальности (ред. от 01.03.2025)');
    expect(html).toContain('от 21 ноября 2017 года № 759');

    const [printed] = await app.ok('transferNotices:list', { recipientId: courierId });
    expect(printed?.pdfSha256).toMatch(/^[0-9a-f]{64}$/);
    await readFile(join(app.dir, 'documents', `${printed?.pdfSha256}.pdf`));

    const sent = await app.ok('transferNotices:markSent', {
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
    const batch = await app.ok('transferNotices:create', {
      organisationId: orgId,
      recipientId: courierId,
      from: '',
      to: '',
    });
    const { jobId } = await app.ok('transferNotices:print', { batchId: batch.id });
    await app.ok('transferNotices:cancel', { jobId });
    expect((await waitForJob(jobId)).state).toBe('cancelled');
    const [again] = await app.ok('transferNotices:list', { recipientId: courierId });
    expect(again).toMatchObject({ status: 'prepared' });
  });

  it('refuses a period without transfers and an organisation outside Kyrgyzstan, saving nothing', async () => {
    const empty = await app.call('transferNotices:create', {
      organisationId: orgId,
      recipientId: courierId,
      from: '2020-01-01',
      to: '2020-12-31',
    });
    expect(!empty.ok && empty.error.message).toBe('errors.transferNotices.noSubjects');
    expect(await app.ok('transferNotices:list', { recipientId: courierId })).toEqual([]);
    const ru = (await app.ok('organisations:create', shopRu)).id;
    const ruRecipient = (
      await app.ok('recipients:create', recipientInput(ru, { country: 'RU', registrationNumber: '' }))
    ).id;
    const refused = await app.call('transferNotices:count', {
      organisationId: ru,
      recipientId: ruRecipient,
      from: '',
      to: '',
    });
    expect(!refused.ok && refused.error.message).toBe('errors.transferNotices.kgOnly');
  });
});
