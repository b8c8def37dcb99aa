import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Database } from '../../electron/db/database';
import { latestSchemaVersion, migrate, migrations } from '../../electron/db/migrations';
import { appendAudit, entryHash, GENESIS_HASH, verifyAuditChain } from '../../electron/services/auditTrail';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cd-mig14-'));
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

const actor = { os: 'officer', person: 'Асанова А. Б.' };
const at = '2026-11-01T10:00:00.000Z';

describe('migration 14 (team mode columns)', () => {
  it('gives existing audit entries their organisation (chain still valid, trail append-only) and organisations their sort key', async () => {
    const db = await Database.open(join(dir, 'v9.sqlite'));
    await migrate(db, { list: migrations.filter((m) => m.version <= 9) });
    await db.exec(`
      INSERT INTO organisations (id, name, registration_number, jurisdiction, created_at, updated_at)
        VALUES (1, 'Магазин', '1', 'KG', 'x', 'x'), (2, 'Другой', '2', 'RU', 'x', 'x');
      INSERT INTO recipients (id, organisation_id, type, legal_name, country, role, legal_basis, purposes, created_at, updated_at)
        VALUES (7, 2, 'courier', 'СДЭК', 'RU', 'processor', 'contract', 'доставка', 'x', 'x');
    `);
    // Entries written by the app of version 9 (no organisation column yet).
    const entries = [
      { entity: 'organisation', entityId: 1 },
      { entity: 'recipient', entityId: 7 },
      { entity: 'correspondenceSettings', entityId: 2 },
      { entity: 'recipientAlias', entityId: 1 },
      { entity: 'backup', entityId: 0 },
      { entity: 'auditTrail', entityId: 0 },
      { entity: 'recipient', entityId: 99 }, // a record that is gone
    ] as const;
    await db.transaction(async (tx) => {
      let prevHash = GENESIS_HASH;
      for (const e of entries) {
        const content = { at, ...e, action: 'create', actorOs: actor.os, actorPerson: actor.person };
        const hash = entryHash(prevHash, { ...content, beforeJson: null, afterJson: '{}' });
        await tx.run(
          `INSERT INTO audit_log (at, entity, entity_id, action, actor_os, actor_person, before_json, after_json, prev_hash, hash)
           VALUES (:at, :entity, :entityId, :action, :actorOs, :actorPerson, NULL, '{}', :prevHash, :hash)`,
          { ...content, prevHash, hash },
        );
        prevHash = hash;
      }
    });
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, checked: entries.length });
    expect(await migrate(db)).toBe(latestSchemaVersion);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, checked: entries.length });
    const rows = await db.all<{ entity: string; organisation_id: number | null }>(
      'SELECT entity, organisation_id FROM audit_log ORDER BY id',
    );
    expect(rows.map((r) => r.organisation_id)).toEqual([1, 2, 2, 1, null, null, null]);
    // The organisations' sort keys: lower case in every alphabet, which SQL alone cannot compute.
    expect(await db.all('SELECT name_key FROM organisations ORDER BY id')).toEqual([
      { name_key: 'магазин' },
      { name_key: 'другой' },
    ]);
    // The append-only guard is back.
    await expect(db.run('UPDATE audit_log SET organisation_id = 2')).rejects.toThrow(/append-only/);
    await expect(db.run('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
    await db.close();
  });

  it('entries of services that do not name the organisation get it from the record they describe', async () => {
    const db = await Database.open(join(dir, 'v9b.sqlite'));
    await migrate(db, { list: migrations.filter((m) => m.version <= 9) });
    await db.exec(`INSERT INTO organisations (id, name, registration_number, jurisdiction, created_at, updated_at)
      VALUES (3, 'Магазин', '1', 'KG', 'x', 'x')`);
    await db.transaction(async (tx) => {
      await tx.run(`INSERT INTO recipients (id, organisation_id, type, legal_name, country, role, legal_basis, purposes, created_at, updated_at)
        VALUES (5, 3, 'courier', 'СДЭК', 'KG', 'processor', 'contract', 'доставка', 'x', 'x')`);
    });
    await migrate(db);
    await db.transaction(async (tx) => {
      await appendAudit(
        tx,
        { entity: 'recipient', entityId: 5, action: 'create', before: null, after: {} },
        actor,
        at,
      );
      await appendAudit(
        tx,
        { entity: 'settings', entityId: 0, action: 'update', before: null, after: {}, organisationId: null },
        actor,
        at,
      );
    });
    expect(await db.all('SELECT entity, organisation_id FROM audit_log ORDER BY id')).toEqual([
      { entity: 'recipient', organisation_id: 3 },
      { entity: 'settings', organisation_id: null },
    ]);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, checked: 2 });
    await db.close();
  });
});
