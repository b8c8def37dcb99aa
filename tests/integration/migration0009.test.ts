import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Database } from '../../electron/db/database';
import { latestSchemaVersion, migrate, migrations } from '../../electron/db/migrations';
import { findRecipient } from '../../electron/db/repositories/recipientRepository';
import { toRecipient } from '../../electron/services/recipientMapping';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cd-mig9-'));
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

describe('migration 9 (archive reasons)', () => {
  it('keeps an existing register: recipients archived before it read with no reason, and a reason can be kept', async () => {
    const db = await Database.open(join(dir, 'v6.sqlite'));
    await migrate(db, { list: migrations.filter((m) => m.version <= 6) });
    await db.exec(`
      INSERT INTO organisations (id, name, registration_number, jurisdiction, created_at, updated_at) VALUES (1, 'Магазин', '1', 'KG', 'x', 'x');
      INSERT INTO recipients (id, organisation_id, type, legal_name, country, role, legal_basis, purposes, created_at, updated_at, archived_at)
        VALUES (1, 1, 'courier', 'СДЭК', 'KG', 'processor', 'contract', 'доставка', 'x', 'x', NULL),
               (2, 1, 'courier', 'Старый курьер', 'KG', 'processor', 'contract', 'доставка', 'x', 'x', '2026-01-01T00:00:00.000Z');
    `);
    expect(await migrate(db)).toBe(latestSchemaVersion);
    const active = await findRecipient(db, 1);
    const archived = await findRecipient(db, 2);
    expect(active && toRecipient(active, '2026-11-22')).toMatchObject({
      legalName: 'СДЭК',
      archiveReason: null,
    });
    expect(archived && toRecipient(archived, '2026-11-22')).toMatchObject({
      archiveReason: null,
      problems: [],
    });
    await db.exec(
      `INSERT INTO recipient_archive_reasons (recipient_id, reason) VALUES (2, 'Договор расторгнут')`,
    );
    const reread = await findRecipient(db, 2);
    expect(reread && toRecipient(reread, '2026-11-22').archiveReason).toBe('Договор расторгнут');
    // A reason for a recipient that does not exist is refused (foreign key).
    await expect(
      db.exec(`INSERT INTO recipient_archive_reasons (recipient_id, reason) VALUES (99, 'x')`),
    ).rejects.toThrow();
    await db.close();
  });
});
