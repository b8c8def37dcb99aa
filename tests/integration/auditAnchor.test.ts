import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { entryHash, GENESIS_HASH } from '../../electron/services/auditTrail';
import { kgOrganisation, recipientInput } from '../support/fixtures';
import { breachInput } from './breachesFixtures';
import { claimInput, shopRu } from './correspondenceFixtures';
import { startTestApp, type TestApp } from '../support/testContext';

let app: TestApp;
beforeEach(async () => {
  app = await startTestApp({ now: '2026-11-22T09:00:00Z' });
  app.ctx.settings.write({ responsiblePerson: 'Асанова А. Б.' });
});
afterEach(async () => app.close());

const someHistory = async (n = 4) => {
  const org = await app.ok('organisations:create', kgOrganisation);
  const ids: number[] = [];
  for (let i = 0; i < n; i += 1)
    ids.push((await app.ok('recipients:create', recipientInput(org.id, { legalName: `R${i}` }))).id);
  return { org, ids };
};

/** Closes the app, runs SQL on its file as an attacker with a SQLite tool would, starts it again. */
const tamperAndRestart = async (sql: string | ((app: TestApp) => Promise<void>)) => {
  if (typeof sql === 'string') await app.ctx.db.exec(sql);
  else await sql(app);
  await app.ctx.db.close();
  app = await startTestApp({ dir: app.dir, now: '2026-11-23T09:00:00Z' });
  return app.ok('audit:startupCheck');
};

/** Edits entry `id` and recomputes every later hash, so the chain verifies on its own. */
const rewriteAndRehash = async (t: TestApp, id: number) => {
  await t.ctx.db.exec('DROP TRIGGER audit_log_no_update');
  await t.ctx.db.run(`UPDATE audit_log SET after_json = replace(after_json, 'R1', 'R7') WHERE id = ${id}`);
  const rows = await t.ctx.db.all<Record<string, string | number | null>>(
    'SELECT * FROM audit_log ORDER BY id',
  );
  let prev = GENESIS_HASH;
  for (const r of rows) {
    const hash = entryHash(prev, {
      at: String(r.at),
      entity: String(r.entity),
      entityId: Number(r.entity_id),
      action: String(r.action),
      actorOs: String(r.actor_os),
      actorPerson: String(r.actor_person),
      beforeJson: r.before_json as string | null,
      afterJson: r.after_json as string | null,
    });
    await t.ctx.db.run('UPDATE audit_log SET prev_hash = :prev, hash = :hash WHERE id = :id', {
      prev,
      hash,
      id: r.id,
    });
    prev = hash;
  }
};

describe('the audit chain is anchored outside the database', () => {
  it('keeps the head (hash, count, time) in the settings after every change', async () => {
    await someHistory(2);
    const report = await app.ok('audit:verify');
    expect(app.ctx.settings.read().auditAnchor).toMatchObject({
      count: 3,
      lastId: report.head?.lastId,
      hash: report.head?.hash,
      at: '2026-11-22T09:00:00.000Z',
    });
    expect(report).toMatchObject({ ok: true, anchor: { state: 'match' } });
  });

  it('a clean start is ok and raises no alarm', async () => {
    await someHistory();
    const start = await tamperAndRestart('SELECT 1');
    expect(start).toMatchObject({ check: { chainOk: true, anchor: { state: 'match' } }, alarm: null });
  });

  it('finds a deleted tail at start, records the finding in the trail and keeps the alarm until acknowledged', async () => {
    await someHistory();
    const start = await tamperAndRestart(
      'DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id > (SELECT max(id) - 2 FROM audit_log)',
    );
    // Deleting the tail leaves a chain that verifies on its own: only the anchor shows the loss.
    expect(start.check).toMatchObject({
      chainOk: true,
      anchor: { state: 'truncated', foundCount: 3, reference: { count: 5 } },
    });
    expect(start.alarm?.anchor.state).toBe('truncated');
    const finding = await app.ok('audit:list', { action: 'integrityFinding' });
    expect(finding.total).toBe(1);
    expect(finding.items[0]?.after).toMatchObject({ anchor: { state: 'truncated' } });
    // Still there after another restart, until the officer acknowledges it.
    expect((await tamperAndRestart('SELECT 1')).alarm?.anchor.state).toBe('truncated');
    await app.ok('audit:acknowledge');
    expect((await app.ok('audit:startupCheck')).alarm).toBeNull();
    expect((await app.ok('audit:list', { action: 'acknowledge' })).total).toBe(1);
  });

  it('finds the wholesale deletion of the trail', async () => {
    await someHistory();
    const start = await tamperAndRestart('DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log');
    expect(start.check).toMatchObject({ anchor: { state: 'truncated', foundCount: 0 } });
  });

  it('finds an entry edited and the chain re-hashed (the chain alone verifies)', async () => {
    await someHistory();
    const start = await tamperAndRestart((t) => rewriteAndRehash(t, 3));
    expect(start.check).toMatchObject({ chainOk: true, anchor: { state: 'rewritten' } });
  });

  it('finds an edit that was not re-hashed as a broken link', async () => {
    await someHistory();
    const start = await tamperAndRestart(
      "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor_person = 'Подлог' WHERE id = 2",
    );
    expect(start.check).toMatchObject({ chainOk: false, firstBrokenId: 2, anchor: { state: 'broken' } });
  });
});

describe('the audit seal', () => {
  it('is recorded in the trail and saved as a file; verification against it finds truncation, deletion and re-hashing', async () => {
    await someHistory();
    const seal = await app.ok('audit:seal');
    expect(seal).toMatchObject({
      count: 6,
      sealedBy: 'Асанова А. Б.',
      format: 'compliance-desk-audit-seal/1',
    });
    const sealFile = join(app.dir, 'seal.json');
    app.dialogs.nextSave.push(sealFile);
    await app.ok('audit:saveSeal', { lastId: seal.lastId });
    expect(JSON.parse(await readFile(sealFile, 'utf8'))).toEqual(seal);
    // Later entries extend the sealed chain.
    await app.ok('recipients:create', recipientInput(1, { legalName: 'После печати' }));
    app.dialogs.nextOpen.push(sealFile);
    expect(await app.ok('audit:verifySeal', { source: 'file' })).toMatchObject({
      ok: true,
      seal: { state: 'extended' },
    });
    expect(
      await app.ok('audit:verifySeal', { source: 'typed', count: seal.count, hash: seal.hash.toUpperCase() }),
    ).toMatchObject({
      seal: { state: 'extended' },
    });

    // An attacker holding the file but not the seal: re-hash after an edit, and move the anchor too.
    await rewriteAndRehash(app, 3);
    app.ctx.settings.write({ auditAnchor: null });
    app.dialogs.nextOpen.push(sealFile);
    expect(await app.ok('audit:verifySeal', { source: 'file' })).toMatchObject({
      ok: false,
      seal: { state: 'rewritten' },
    });
    await app.ctx.db.exec('DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id > 3');
    expect(
      await app.ok('audit:verifySeal', { source: 'typed', count: seal.count, hash: seal.hash }),
    ).toMatchObject({
      ok: false,
      seal: { state: 'truncated', foundCount: 3 },
    });
    await app.ctx.db.exec('DELETE FROM audit_log');
    expect(
      await app.ok('audit:verifySeal', { source: 'typed', count: seal.count, hash: seal.hash }),
    ).toMatchObject({
      seal: { state: 'truncated', foundCount: 0 },
    });
  });

  it('refuses a file that is not a seal', async () => {
    const notSeal = join(app.dir, 'x.json');
    await import('node:fs/promises').then((fs) => fs.writeFile(notSeal, '{"hash": 1}'));
    app.dialogs.nextOpen.push(notSeal);
    expect(await app.call('audit:verifySeal', { source: 'file' })).toMatchObject({
      ok: false,
      error: { message: 'errors.audit.sealFile' },
    });
    expect(await app.call('audit:verifySeal', { source: 'typed', count: 1, hash: 'abc' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });
});

describe('every register row is cross-checked against its last audited snapshot', () => {
  it('finds rows edited, inserted or deleted behind the app', async () => {
    const { org, ids } = await someHistory(3);
    expect((await app.ok('audit:verify')).records).toEqual({ checked: 4, findings: [] });
    await app.ctx.db.run(
      `UPDATE recipients SET legal_name = 'Подменённое имя', notes = 'x' WHERE id = ${ids[1]}`,
    );
    await app.ctx.db.run(`UPDATE organisations SET registration_number = '1' WHERE id = ${org.id}`);
    await app.ctx.db.run(
      `INSERT INTO recipients (organisation_id, type, legal_name, country, role, legal_basis, purposes, created_at, updated_at)
       VALUES (${org.id}, 'courier', 'Тайный', 'KG', 'processor', 'contract', 'p', 'now', 'now')`,
    );
    await app.ctx.db.exec(`DROP TRIGGER recipients_no_delete; DELETE FROM recipients WHERE id = ${ids[2]}`);
    const report = await app.ok('audit:verify');
    expect(report.ok).toBe(false);
    expect(report.records.findings).toEqual([
      { entity: 'organisation', entityId: org.id, kind: 'changed', fields: ['registrationNumber'] },
      { entity: 'recipient', entityId: ids[1], kind: 'changed', fields: ['legalName', 'notes'] },
      { entity: 'recipient', entityId: (ids[2] ?? 0) + 1, kind: 'unaudited', fields: [] },
      { entity: 'recipient', entityId: ids[2], kind: 'missing', fields: [] },
    ]);
  });

  it('raises nothing for the app’s own work: demo data, edits, archive, a day later', async () => {
    await app.ok('demo:load');
    const orgs = await app.ok('organisations:list', { includeArchived: false });
    const first = orgs[0];
    if (!first) throw new Error('no demo organisation');
    await app
      .ok('organisations:update', {
        id: first.id,
        data: { ...first, jurisdiction: 'KZ', registrationNumber: '' },
      })
      .catch(() => undefined);
    const r = (await app.ok('recipients:list', { organisationId: first.id })).items[0];
    if (r) await app.ok('recipients:archive', { id: r.id, reason: 'Договор расторгнут' });
    const ru = await app.ok('organisations:create', shopRu);
    const claim = await app.ok('correspondence:register', claimInput(ru.id));
    await app.ok('correspondence:setStatus', { id: claim.id, status: 'inReview' });
    const incident = await app.ok('breaches:create', breachInput(ru.id));
    await app.ok('breaches:setStatus', { id: incident.id, status: 'contained' });
    await app.ok('breaches:recordNotification', {
      incidentId: incident.id,
      addressee: 'regulator',
      sentAt: '2026-11-22T10:00:00Z',
      channel: 'portal',
    });
    app.clock.set('2027-06-01T09:00:00Z');
    expect((await app.ok('audit:verify')).records.findings).toEqual([]);
  });
});
