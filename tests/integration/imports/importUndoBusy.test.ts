import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { kgOrganisation, recipientInput } from '../../support/fixtures';
import { startTestApp, type TestApp } from '../../support/testContext';
import { importFile, tableCounts, writeBigBitrixFile } from './importHelpers';

let app: TestApp;
let orgId: number;
beforeEach(async () => {
  app = await startTestApp();
  orgId = (await app.ok('organisations:create', kgOrganisation)).id;
});
afterEach(async () => app.close());

describe('undoing a large import is busy-free', () => {
  it('the officer’s writes made while a large import is undone wait their turn: none fails, none is lost', async () => {
    const before = await tableCounts(app);
    const { status } = await importFile(app, orgId, await writeBigBitrixFile(app.dir, 3_000));
    expect(status.state).toBe('done');
    const importId = status.importId ?? 0;
    // The undo and twenty registrations race: each registration is a write of its own (and an audit
    // entry) issued while the undo's transaction is running.
    const undo = app.call('imports:undo', { importId });
    const writes = Array.from({ length: 20 }, (_, i) =>
      app.call('recipients:create', recipientInput(orgId, { legalName: `Курьер ${i}` })),
    );
    const results = await Promise.all([undo, ...writes]);
    for (const result of results) expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
    expect(results[0]).toEqual({ ok: true, value: { undone: true } });
    // The import stays listed, marked undone; nothing it added is left.
    expect(await tableCounts(app)).toEqual({ ...before, imports: 1 });
    const recipients = await app.ok('recipients:list', { organisationId: orgId });
    expect(recipients.total).toBe(20);
    expect(await app.ok('audit:verify')).toMatchObject({ ok: true });
  });
});
