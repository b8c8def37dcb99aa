import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recipientInput } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/testContext';
import { claimInput, finishLetter, insertLedgerFixture, shopKg } from './correspondenceFixtures';

let app: TestApp;
let orgId: number;
beforeEach(async () => {
  app = await startTestApp();
  orgId = (await app.ok('organisations:create', shopKg)).id;
});
afterEach(async () => app.close());

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('written answers', () => {
  it('drafts an answer from the template with every requisite', async () => {
    const item = await app.ok('correspondence:register', claimInput(orgId));
    const answer = await app.ok('answers:create', { itemId: item.id, decision: 'satisfied' });
    expect(answer).toMatchObject({
      version: 1,
      state: 'draft',
      outgoingNumber: null,
      // GOST R 7.0.97-2025: the surname in the dative and initials; the salutation by the patronymic.
      addresseeName: 'Асанову Б. К.',
      // The claim has no number of its own: the heading gives its date, never our incoming number.
      heading: 'О рассмотрении претензии от 05.11.2026',
      signatoryName: 'Асанова А. Б.',
    });
    expect(answer.blocks.salutation).toBe('Уважаемый Бакыт Кенешович!');
    expect(answer.blocks.summary).toContain('(вх. № 1-П/2026)');
    expect(answer.blocks.summary).toContain('одна тысяча пятьсот) сом 00 тыйын');
    expect(answer.blocks.grounds).toContain('п. 8.2 Политики');
    expect(answer.blocks.remedies).toContain('п. 9.3 Политики');
    expect((await app.ok('correspondence:get', { id: item.id })).status).toBe('answerDrafted');
    const { html } = await app.ok('documents:preview', { kind: 'correspondenceAnswer', answerId: answer.id });
    for (const text of [
      'ОсОО Интернет-магазин «Тест КГ»',
      'ИНН 02311201910245',
      'На № <span class="fill">б/н</span></div>',
      '05.11.2026',
      'Проект',
      '@top-center { content: counter(page)',
      'А. Б. Асанова',
      'Исп. Асанова А. Б.',
    ])
      expect(html).toContain(text.replace(/ /g, ' '));
  });

  it('registers an outgoing number, freezes the sent PDF with its SHA-256 and versions later edits', async () => {
    const item = await app.ok('correspondence:register', claimInput(orgId));
    const draft = await app.ok('answers:create', { itemId: item.id, decision: 'satisfied' });
    const edited = await app.ok('answers:update', {
      id: draft.id,
      data: {
        ...draft,
        blocks: { ...draft.blocks, facts: 'Товар доставлен 03.03.2026 с повреждённой упаковкой.' },
      },
    });
    expect(edited).toMatchObject({ id: draft.id, version: 1 });
    // The template still has [placeholders] in other blocks: no number is given until they are written.
    const unfinished = await app.call('answers:register', { id: draft.id, date: '2026-11-20' });
    expect(unfinished).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: 'errors.correspondence.unfinished',
        fieldErrors: { 'blocks.actions': ['validation.answers.placeholderLeft'] },
      },
    });
    expect(await app.ok('answers:get', { id: draft.id })).toMatchObject({
      state: 'draft',
      outgoingNumber: null,
    });
    await finishLetter(app, draft.id);
    const registered = await app.ok('answers:register', { id: draft.id, date: '2026-11-20' });
    expect(registered).toMatchObject({
      state: 'registered',
      outgoingNumber: 'Исх-1/2026',
      outgoingDate: '2026-11-20',
    });
    const sent = await app.ok('answers:markSent', { id: draft.id, sentDate: '2026-11-21', channel: 'post' });
    expect(sent.state).toBe('sent');
    expect((await app.ok('correspondence:get', { id: item.id })).status).toBe('answered');
    const file = sent.sent?.pdfPath ?? '';
    expect(file).toBe(join(app.dir, 'documents', `${sent.sent?.pdfSha256}.pdf`));
    const bytes = await readFile(file);
    expect(sha256(bytes)).toBe(sent.sent?.pdfSha256);
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
    // The frozen PDF was printed from the edited letter.
    expect(app.printer.printed.at(-1)?.html).toContain('Товар доставлен 03.03.2026');
    expect(await app.ok('answers:get', { id: draft.id })).toEqual(sent);
    expect(await app.ok('answers:verifyPdf', { id: draft.id })).toMatchObject({ ok: true });
    expect(
      await app.call('answers:markSent', { id: draft.id, sentDate: '2026-11-21', channel: 'post' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });

    // A change after sending is a new version with its own outgoing number; the sent one stays.
    const v2 = await app.ok('answers:update', {
      id: draft.id,
      data: { ...sent, blocks: { ...sent.blocks, actions: 'Деньги перечислены 25.11.2026.' } },
    });
    expect(v2).toMatchObject({
      chainId: draft.id,
      version: 2,
      supersedesId: draft.id,
      state: 'draft',
      latest: true,
    });
    const v1 = await app.ok('answers:get', { id: draft.id });
    expect(v1).toEqual({ ...sent, latest: false });
    expect(sha256(await readFile(file))).toBe(sent.sent?.pdfSha256);
    const olderEdit = await app.call('answers:update', { id: draft.id, data: { ...sent } });
    expect(olderEdit).toMatchObject({
      ok: false,
      error: { message: 'errors.correspondence.notLatestVersion' },
    });
    const early = await app.call('answers:markSent', { id: v2.id, sentDate: '2026-11-25', channel: 'email' });
    expect(early).toMatchObject({
      ok: false,
      error: { fieldErrors: { sentDate: ['validation.correspondence.dateInFuture'] } },
    });
    app.clock.set('2026-11-25T08:00:00.000Z');
    const v2sent = await app.ok('answers:markSent', { id: v2.id, sentDate: '2026-11-25', channel: 'email' });
    expect(v2sent).toMatchObject({ outgoingNumber: 'Исх-2/2026', outgoingDate: '2026-11-25' });
    expect(v2sent.sent?.pdfSha256).not.toBe(sent.sent?.pdfSha256);

    // The frozen letter prints from its frozen content; «Save as PDF» copies the frozen file.
    const { html } = await app.ok('documents:preview', { kind: 'correspondenceAnswer', answerId: draft.id });
    expect(html).toContain('Исх-1/2026');
    expect(html).not.toContain('Деньги перечислены');
    const target = join(app.dir, 'copy.pdf');
    app.dialogs.nextSave.push(target);
    await app.ok('answers:savePdf', { id: draft.id });
    expect(sha256(await readFile(target))).toBe(sent.sent?.pdfSha256);
    expect(
      (await app.ok('answers:list', { itemId: item.id })).map((a) => [a.version, a.outgoingNumber]),
    ).toEqual([
      [1, 'Исх-1/2026'],
      [2, 'Исх-2/2026'],
    ]);
    await expect(
      app.ctx.db.run("UPDATE correspondence_answers SET heading = 'x' WHERE id = :id", { id: draft.id }),
    ).rejects.toThrow(/frozen/);
  });

  it("lists in an access answer the recipients that received the person's data, from the ledger", async () => {
    const courierId = (
      await app.ok('recipients:create', recipientInput(orgId, { purposes: 'Доставка заказов' }))
    ).id;
    const bankId = (
      await app.ok(
        'recipients:create',
        recipientInput(orgId, {
          legalName: 'ОАО «Оптима Банк»',
          type: 'bank',
          purposes: 'Приём оплаты',
          dataCategories: ['fullName', 'paymentData'],
        }),
      )
    ).id;
    await app.ok('recipients:create', recipientInput(orgId, { legalName: 'ОсОО «Никому не передавали»' }));
    const { subjectId } = await insertLedgerFixture(app, orgId, { courierId, bankId });
    const item = await app.ok(
      'correspondence:register',
      claimInput(orgId, {
        kind: 'access',
        sender: { subjectId, name: '' },
        amountMinor: null,
        orderNumbers: [],
      }),
    );
    const answer = await app.ok('answers:create', { itemId: item.id, decision: 'accessAnswer' });
    expect(answer.heading).toBe('О предоставлении сведений об обработке персональных данных');
    expect(answer.accessReport).toMatchObject({
      subjectId,
      phones: ['+996555123456'],
      emails: ['bakyt@example.kg'],
      orderCount: 2,
      purposes: ['Приём оплаты', 'Доставка заказов'],
    });
    expect(
      answer.accessReport?.recipients.map((r) => [r.legalName, r.transfers, r.firstTransfer, r.lastTransfer]),
    ).toEqual([
      ['ОАО «Оптима Банк»', 2, '2026-03-01', '2026-04-15'],
      ['ОсОО «Курьер Плюс»', 2, '2026-03-01', '2026-04-15'],
    ]);
    expect(answer.accessReport?.dataCategories).toEqual(
      expect.arrayContaining(['paymentData', 'deliveryAddress']),
    );
    const { html } = await app.ok('documents:preview', { kind: 'correspondenceAnswer', answerId: answer.id });
    expect(html).toContain('ОАО «Оптима Банк»');
    expect(html).toContain('Платёжные данные');
    expect(html).not.toContain('Никому не передавали');
  });
});
