import { createWriteStream } from 'node:fs';
import { join, resolve } from 'node:path';
import { once } from 'node:events';
import iconv from 'iconv-lite';
import type { ImportJobStatus } from '../../../shared/domain/ledger';
import type { TestApp } from '../../support/testContext';

export const fixture = (name: string) => resolve(__dirname, '../../fixtures/imports', name);

export const waitJob = async (
  app: TestApp,
  jobId: string,
  until?: (s: ImportJobStatus) => boolean,
): Promise<ImportJobStatus> => {
  for (let i = 0; i < 2400; i += 1) {
    const status = await app.ok('imports:job', { jobId });
    if (until ? until(status) : status.state !== 'running') return status;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`job ${jobId} did not finish`);
};

/** Chooses a file, scans it, maps every value (by name to a recipient, else "no transfer"), imports it. */
export const importFile = async (
  app: TestApp,
  organisationId: number,
  path: string,
  recipientsByValue: Record<string, number> = {},
  options: { confirmReimport?: boolean } = {},
) => {
  app.dialogs.nextOpen.push(path);
  const chosen = await app.ok('imports:chooseFile', { organisationId });
  if (!chosen) throw new Error('no file chosen');
  const best = chosen.candidates[0];
  if (!best) throw new Error('no preset');
  const setup = { token: chosen.token, organisationId, preset: best.presetId, mapping: best.mapping };
  const scan = await waitJob(app, (await app.ok('imports:scan', setup)).jobId);
  for (const v of scan.values) {
    await app.ok('imports:setAlias', {
      organisationId,
      field: v.field,
      value: v.value,
      recipientId: recipientsByValue[v.value] ?? null,
    });
  }
  const { jobId } = await app.ok('imports:start', {
    ...setup,
    profileName: '',
    confirmReimport: options.confirmReimport ?? false,
  });
  return { chosen, scan, setup, jobId, status: await waitJob(app, jobId) };
};

/** A Bitrix-like cp1251 `;` export with `rows` orders, for cancel/kill tests. */
export const writeBigBitrixFile = async (dir: string, rows: number): Promise<string> => {
  const path = join(dir, `big-${rows}.csv`);
  const out = createWriteStream(path);
  const write = async (text: string) => {
    if (!out.write(iconv.encode(text, 'win1251'))) await once(out, 'drain');
  };
  await write(
    'Номер заказа;Дата создания;ФИО;Телефон;E-mail;Адрес доставки;Служба доставки;Платежная система\r\n',
  );
  for (let i = 0; i < rows; i += 1) {
    const phone = `+996 555 ${String(100000 + (i % 90000)).slice(0, 3)} ${String(i % 1000).padStart(3, '0')}`;
    await write(
      `${900000 + i};15.01.2025 10:22:33;Покупатель ${i};${phone};buyer${i}@example.kg;г. Бишкек, ул. ${i};СДЭК;Банковская карта\r\n`,
    );
  }
  out.end();
  await once(out, 'finish');
  return path;
};

export const tableCounts = async (app: TestApp) => {
  const n = async (t: string) =>
    (await app.ctx.db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${t}`))?.n ?? 0;
  return {
    imports: await n('imports'),
    orders: await n('orders'),
    subjects: await n('subjects'),
    keys: await n('subject_keys'),
    transfers: await n('transfers'),
    rejections: await n('import_rejections'),
  };
};
