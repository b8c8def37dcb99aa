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

describe('nothing unfinished leaves the app', () => {
  it('previews a draft with its placeholders marked, and prints it as a draft', async () => {
    const item = await app.ok('correspondence:register', claimInput(orgId));
    const draft = await app.ok('answers:create', { itemId: item.id, decision: 'refused' });
    const { html } = await app.ok('documents:preview', { kind: 'correspondenceAnswer', answerId: draft.id });
    expect(html.replace(/&nbsp;/g, ' ')).toContain(
      '<mark class="placeholder">[изложите мотивы отказа со ссылкой на нормы]</mark>',
    );
    expect(html).toContain('Проект');
    expect(
      await app.call('documents:print', { kind: 'correspondenceAnswer', answerId: draft.id }),
    ).toMatchObject({
      ok: true,
    });
  });

  it('refuses to print, save or send a numbered letter that regained a placeholder', async () => {
    const item = await app.ok('correspondence:register', claimInput(orgId));
    const draft = await app.ok('answers:create', { itemId: item.id, decision: 'satisfied' });
    await finishLetter(app, draft.id);
    const registered = await app.ok('answers:register', { id: draft.id, date: '' });
    expect(registered.outgoingNumber).toBe('Исх-1/2026');
    await app.ok('answers:update', {
      id: draft.id,
      data: { ...registered, blocks: { ...registered.blocks, facts: 'Заказ доставлен [дата].' } },
    });
    const refused = {
      ok: false,
      error: {
        code: 'VALIDATION',
        message: 'errors.correspondence.unfinished',
        fieldErrors: { 'blocks.facts': ['validation.answers.placeholderLeft'] },
      },
    };
    const printed = app.printer.printed.length;
    expect(
      await app.call('documents:print', { kind: 'correspondenceAnswer', answerId: draft.id }),
    ).toMatchObject(refused);
    app.dialogs.nextSave.push(`${app.dir}/x.pdf`);
    expect(await app.call('answers:savePdf', { id: draft.id })).toMatchObject(refused);
    expect(
      await app.call('answers:markSent', { id: draft.id, sentDate: '2026-11-22', channel: 'post' }),
    ).toMatchObject(refused);
    expect(app.printer.printed.length).toBe(printed);
    expect((await app.ok('answers:get', { id: draft.id })).state).toBe('registered');
    // The preview still shows it, with the placeholder marked.
    const { html } = await app.ok('documents:preview', { kind: 'correspondenceAnswer', answerId: draft.id });
    expect(html).toContain('<mark class="placeholder">[дата]</mark>');
  });

  it('refuses the policy citation placeholder when the organisation has no claim clause', async () => {
    const noClause = (
      await app.ok('organisations:create', { ...shopKg, name: 'Без пункта', policyClaimClause: '' })
    ).id;
    const item = await app.ok('correspondence:register', claimInput(noClause));
    const draft = await app.ok('answers:create', { itemId: item.id, decision: 'satisfied' });
    expect(draft.blocks.grounds).toContain('п. [номер не указан] Политики');
    const filled = await finishLetter(app, draft.id);
    expect(filled.blocks.grounds).not.toContain('[');
    expect((await app.ok('answers:register', { id: draft.id, date: '' })).state).toBe('registered');
  });
});

describe('identity before disclosure', () => {
  const accessItem = async () => {
    const courierId = (await app.ok('recipients:create', recipientInput(orgId))).id;
    const bankId = (
      await app.ok(
        'recipients:create',
        recipientInput(orgId, { legalName: 'ОАО «Оптима Банк»', type: 'bank' }),
      )
    ).id;
    const { subjectId } = await insertLedgerFixture(app, orgId, { courierId, bankId });
    const item = await app.ok(
      'correspondence:register',
      claimInput(orgId, {
        kind: 'access',
        sender: { subjectId, name: '', email: 'bakyt@example.kg' },
        amountMinor: null,
        orderNumbers: [],
      }),
    );
    const answer = await app.ok('answers:create', { itemId: item.id, decision: 'accessAnswer' });
    await finishLetter(app, answer.id);
    return { item, answer, subjectId };
  };

  it('refuses to send an access answer until the requester’s identity is recorded on the item', async () => {
    const { item, answer } = await accessItem();
    expect(
      await app.call('answers:markSent', { id: answer.id, sentDate: '2026-11-22', channel: 'email' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'errors.correspondence.identityNotVerified' },
    });
    expect((await app.ok('answers:get', { id: answer.id })).state).toBe('draft');

    const verified = await app.ok('correspondence:verifyIdentity', {
      id: item.id,
      method: 'signedLetterWithPassport',
      verifiedBy: 'Асанова А. Б., ответственный за обработку ПД',
      verifiedOn: '2026-11-21',
      note: 'Паспорт ID1234567, подпись совпадает',
    });
    expect(verified.identity).toMatchObject({
      method: 'signedLetterWithPassport',
      verifiedBy: 'Асанова А. Б., ответственный за обработку ПД',
      verifiedOn: '2026-11-21',
      recordedBy: app.ctx.osUser,
    });
    const history = await app.ok('audit:history', { entity: 'correspondenceItem', entityId: item.id });
    expect(history.filter((e) => e.action === 'update' && e.changed.includes('identity'))).toHaveLength(1);
    const sent = await app.ok('answers:markSent', {
      id: answer.id,
      sentDate: '2026-11-22',
      channel: 'email',
    });
    expect(sent.state).toBe('sent');
  });

  it('accepts «e-mail known in the ledger» only when the ledger has the sender’s address for the subject', async () => {
    const { item } = await accessItem();
    const known = await app.ok('correspondence:verifyIdentity', {
      id: item.id,
      method: 'knownEmail',
      verifiedBy: 'Асанова А. Б.',
      verifiedOn: '2026-11-22',
    });
    expect(known.identity?.method).toBe('knownEmail');
    const stranger = await app.ok(
      'correspondence:register',
      claimInput(orgId, {
        kind: 'access',
        sender: { name: 'Незнакомец', email: 'x@example.com' },
        amountMinor: null,
      }),
    );
    expect(
      await app.call('correspondence:verifyIdentity', {
        id: stranger.id,
        method: 'knownEmail',
        verifiedBy: 'Асанова А. Б.',
        verifiedOn: '2026-11-22',
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fieldErrors: { method: ['validation.correspondence.emailNotInLedger'] } },
    });
    expect(
      await app.call('correspondence:verifyIdentity', {
        id: stranger.id,
        method: 'inPerson',
        verifiedBy: 'Асанова А. Б.',
        verifiedOn: '2026-11-23',
      }),
    ).toMatchObject({
      ok: false,
      error: { fieldErrors: { verifiedOn: ['validation.correspondence.dateInFuture'] } },
    });
  });
});
