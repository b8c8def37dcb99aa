import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Database } from '../../electron/db/database';
import { latestSchemaVersion, migrate, migrations } from '../../electron/db/migrations';
import { listRecipients } from '../../electron/db/repositories/recipientListRepository';
import { RecipientQuery } from '../../shared/domain/recipient';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cd-mig17-'));
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

describe('migration 17 (the recipient register’s portable sort key)', () => {
  it('gives existing recipients their lower-case key, so the register orders Cyrillic names case-insensitively', async () => {
    const db = await Database.open(join(dir, 'v14.sqlite'));
    try {
      await migrate(db, { list: migrations.filter((m) => m.version <= 14) });
      await db.exec(`
        INSERT INTO organisations (id, name, registration_number, jurisdiction, created_at, updated_at)
          VALUES (1, 'Магазин', '1', 'KG', 'x', 'x');
        INSERT INTO recipients (id, organisation_id, type, legal_name, country, role, legal_basis, purposes, created_at, updated_at)
          VALUES (1, 1, 'courier', 'ЯНДЕКС Доставка', 'KG', 'processor', 'contract', 'доставка', 'x', 'x'),
                 (2, 1, 'courier', 'бишкек Экспресс', 'KG', 'processor', 'contract', 'доставка', 'x', 'x'),
                 (3, 1, 'bank', 'Айыл Банк', 'KG', 'processor', 'contract', 'оплата', 'x', 'x'),
                 (4, 1, 'bank', 'Zebra Pay', 'KG', 'processor', 'contract', 'оплата', 'x', 'x');
      `);
      expect(await migrate(db)).toBe(latestSchemaVersion);
      expect(await db.all('SELECT id, legal_name_key FROM recipients ORDER BY id')).toEqual([
        { id: 1, legal_name_key: 'яндекс доставка' },
        { id: 2, legal_name_key: 'бишкек экспресс' },
        { id: 3, legal_name_key: 'айыл банк' },
        { id: 4, legal_name_key: 'zebra pay' },
      ]);
      const page = await listRecipients(db, RecipientQuery.parse({ organisationId: 1, sort: 'legalName' }));
      expect(page.rows.map((r) => r.legal_name)).toEqual([
        'Zebra Pay',
        'Айыл Банк',
        'бишкек Экспресс',
        'ЯНДЕКС Доставка',
      ]);
    } finally {
      await db.close();
    }
  });
});
