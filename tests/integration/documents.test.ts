import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { kgOrganisation, recipientInput } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/testContext';

let app: TestApp;
let orgId: number;
beforeEach(async () => {
  app = await startTestApp();
  orgId = (await app.ok('organisations:create', kgOrganisation)).id;
  await app.ok('recipients:create', recipientInput(orgId, { legalName: 'ОсОО «Курьер Плюс»' }));
  const archived = await app.ok(
    'recipients:create',
    recipientInput(orgId, { legalName: 'ОсОО «Старый курьер»' }),
  );
  await app.ok('recipients:archive', { id: archived.id, reason: 'Договор расторгнут' });
});
afterEach(async () => app.close());

describe('printed recipient register', () => {
  it('previews the register of the organisation with its active recipients and embedded fonts', async () => {
    const { html } = await app.ok('documents:preview', { kind: 'recipientRegister', organisationId: orgId });
    expect(html).toContain('Реестр получателей персональных данных');
    expect(html).toContain('Тест КГ'); // requisites
    expect(html).toContain('Курьер Плюс');
    expect(html).not.toContain('Старый курьер');
    expect(html).toMatch(/@font-face[^}]*url\(data:font\/woff2;base64,/);
    expect(html).toContain('22.11.2026');
  });

  it('prints through the printer and saves a PDF where the user chose, landscape with a footer label', async () => {
    await app.ok('documents:print', { kind: 'recipientRegister', organisationId: orgId });
    expect(app.printer.printed).toHaveLength(1);
    const settings = app.printer.printed[0]?.settings;
    expect(settings).toMatchObject({ pageSize: 'A4', landscape: true, displayHeaderFooter: true });
    expect(settings?.footerTemplate).toContain('Реестр получателей персональных данных — Интернет-магазин');
    expect(settings?.footerTemplate).toContain('class="totalPages"');

    const target = join(app.dir, 'реестр.pdf');
    app.dialogs.nextSave.push(target);
    expect(await app.ok('documents:savePdf', { kind: 'recipientRegister', organisationId: orgId })).toEqual({
      path: target,
    });
    expect((await readFile(target, 'utf8')).startsWith('%PDF')).toBe(true);
    // Cancelled save dialog: nothing written, null returned.
    expect(
      await app.ok('documents:savePdf', { kind: 'recipientRegister', organisationId: orgId }),
    ).toBeNull();
  });

  it('answers NOT_FOUND for an unknown organisation and VALIDATION for an unknown document kind', async () => {
    expect(
      await app.call('documents:preview', { kind: 'recipientRegister', organisationId: 999 }),
    ).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(
      await app.call('documents:preview', { kind: 'nope', organisationId: orgId } as never),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });
});
