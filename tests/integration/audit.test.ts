import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { kgOrganisation, recipientInput } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/testContext';

let app: TestApp;
beforeEach(async () => {
  app = await startTestApp();
  app.ctx.settings.write({ responsiblePerson: 'Асанова А. Б.' });
});
afterEach(async () => app.close());

describe('audit trail', () => {
  it('records create, update, archive and restore with before/after, the OS user and the responsible person', async () => {
    const org = await app.ok('organisations:create', kgOrganisation);
    const r = await app.ok('recipients:create', recipientInput(org.id));
    app.clock.set('2026-11-23T10:00:00Z');
    await app.ok('recipients:update', {
      id: r.id,
      data: recipientInput(org.id, { legalName: 'ОсОО «Курьер Про»' }),
    });
    await app.ok('recipients:archive', { id: r.id, reason: 'Договор расторгнут' });
    await app.ok('recipients:restore', { id: r.id });
    const history = await app.ok('audit:history', { entity: 'recipient', entityId: r.id });
    expect(history.map((e) => e.action)).toEqual(['restore', 'archive', 'update', 'create']);
    const update = history[2];
    expect(update).toMatchObject({
      actorPerson: 'Асанова А. Б.',
      actorOs: app.ctx.osUser,
      at: '2026-11-23T10:00:00.000Z',
    });
    expect(update?.before?.legalName).toBe('ОсОО «Курьер Плюс»');
    expect(update?.after?.legalName).toBe('ОсОО «Курьер Про»');
    expect(update?.changed).toEqual(['legalName', 'updatedAt']);
    expect(history[3]?.before).toBeNull();
  });

  it('does not write an audit entry when a change fails validation', async () => {
    await app.call('organisations:create', { ...kgOrganisation, name: '' });
    expect(await app.ok('audit:verify')).toMatchObject({ ok: true, checked: 0, firstBrokenId: null });
  });

  it('chains entries by SHA-256 and verifies the chain', async () => {
    const org = await app.ok('organisations:create', kgOrganisation);
    for (let i = 0; i < 5; i += 1)
      await app.ok('recipients:create', recipientInput(org.id, { legalName: `R${i}` }));
    expect(await app.ok('audit:verify')).toMatchObject({ ok: true, checked: 6, firstBrokenId: null });
  });

  it('is append-only: UPDATE and DELETE on the audit table are refused', async () => {
    await app.ok('organisations:create', kgOrganisation);
    await expect(app.ctx.db.run("UPDATE audit_log SET actor_person = 'x'")).rejects.toThrow(/append-only/);
    await expect(app.ctx.db.run('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
  });

  it('finds the first broken link when an entry is tampered with behind the app', async () => {
    const org = await app.ok('organisations:create', kgOrganisation);
    for (let i = 0; i < 4; i += 1)
      await app.ok('recipients:create', recipientInput(org.id, { legalName: `R${i}` }));
    const ids = (await app.ctx.db.all<{ id: number }>('SELECT id FROM audit_log ORDER BY id')).map(
      (r) => r.id,
    );
    // Someone with a SQLite tool drops the guard and rewrites history.
    await app.ctx.db.exec(`
      DROP TRIGGER audit_log_no_update;
      UPDATE audit_log SET after_json = replace(after_json, 'R2', 'R9') WHERE id = ${ids[3]};`);
    expect(await app.ok('audit:verify')).toMatchObject({ ok: false, checked: 3, firstBrokenId: ids[3] });
  });

  it('detects a deleted entry in the middle of the chain', async () => {
    const org = await app.ok('organisations:create', kgOrganisation);
    for (let i = 0; i < 3; i += 1)
      await app.ok('recipients:create', recipientInput(org.id, { legalName: `R${i}` }));
    const ids = (await app.ctx.db.all<{ id: number }>('SELECT id FROM audit_log ORDER BY id')).map(
      (r) => r.id,
    );
    await app.ctx.db.exec(`DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id = ${ids[1]};`);
    expect(await app.ok('audit:verify')).toMatchObject({ ok: false, firstBrokenId: ids[2] });
  });
});
