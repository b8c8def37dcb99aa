import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/testContext';
import { claimInput, finishLetter, shopKg, shopRu } from './correspondenceFixtures';

let app: TestApp;
let kgId: number;
let ruId: number;
beforeEach(async () => {
  app = await startTestApp();
  kgId = (await app.ok('organisations:create', shopKg)).id;
  ruId = (await app.ok('organisations:create', shopRu)).id;
});
afterEach(async () => app.close());

describe('correspondence journals', () => {
  it('prints the incoming journal of a period with its rows and the answers sent', async () => {
    const first = await app.ok(
      'correspondence:register',
      claimInput(kgId, { senderRefNumber: 'б/н', senderRefDate: '2026-11-03' }),
    );
    await app.ok(
      'correspondence:register',
      claimInput(kgId, { receivedDate: '2026-11-10', demands: 'заменить товар' }),
    );
    app.clock.set('2026-12-02T06:00:00.000Z');
    await app.ok(
      'correspondence:register',
      claimInput(kgId, { receivedDate: '2026-12-01', demands: 'вне периода' }),
    );
    await app.ok(
      'correspondence:register',
      claimInput(ruId, { kind: 'access', amountMinor: null, demands: 'другой магазин' }),
    );
    const answer = await app.ok('answers:create', { itemId: first.id, decision: 'refused' });
    await finishLetter(app, answer.id);
    await app.ok('answers:markSent', { id: answer.id, sentDate: '2026-11-20', channel: 'email' });

    const request = {
      kind: 'incomingJournal',
      organisationId: kgId,
      from: '2026-11-01',
      to: '2026-11-30',
    } as const;
    const { html } = await app.ok('documents:preview', request);
    expect(html).toContain('Журнал регистрации входящей корреспонденции');
    expect(html).toContain('за период с 01.11.2026 по 30.11.2026');
    expect(html).toContain('1-П/2026');
    expect(html).toContain('2-П/2026');
    expect(html).toContain('заменить товар');
    expect(html).not.toContain('вне периода');
    expect(html).not.toContain('другой магазин');
    expect(html).toContain('исх. № Исх-1/2026 от&nbsp;20.11.2026');
    expect(html).toContain('Всего записей: 2.');

    await app.ok('documents:print', request);
    expect(app.printer.printed.at(-1)?.settings).toMatchObject({
      landscape: true,
      displayHeaderFooter: true,
    });
    expect(app.printer.printed.at(-1)?.settings.footerTemplate).toContain('class="pageNumber"');

    const all = await app.ok('documents:preview', {
      kind: 'incomingJournal',
      from: '2026-11-01',
      to: '2026-11-30',
    });
    expect(all.html).toContain('другой магазин');
    expect(all.html.match(/class="journal-section"/g)).toHaveLength(2);
  });

  it('prints the outgoing register with numbers, addressees, references and hashes', async () => {
    const item = await app.ok('correspondence:register', claimInput(kgId));
    const answer = await app.ok('answers:create', { itemId: item.id, decision: 'satisfied' });
    await finishLetter(app, answer.id);
    const sent = await app.ok('answers:markSent', { id: answer.id, sentDate: '2026-11-20', channel: 'post' });
    const { html } = await app.ok('documents:preview', {
      kind: 'outgoingJournal',
      organisationId: kgId,
      from: '2026-11-01',
      to: '2026-11-30',
    });
    expect(html).toContain('Журнал регистрации исходящей корреспонденции');
    expect(html).toContain('Исх-1/2026');
    expect(html).toContain('Асанову Б. К.');
    expect(html).toContain('1-П/2026 от&nbsp;05.11.2026');
    expect(html).toContain((sent.sent?.pdfSha256 ?? 'x').slice(0, 16));
    const bad = await app.call('documents:preview', {
      kind: 'outgoingJournal',
      from: '2026-12-01',
      to: '2026-11-01',
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
