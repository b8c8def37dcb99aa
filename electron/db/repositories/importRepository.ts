import type { ImportProfile, ImportRecord } from '../../../shared/domain/ledger';
import type { ColumnMapping } from '../../../shared/imports/fields';
import type { PresetId } from '../../../shared/imports/presets';
import type { Queryable } from '../connection';

export interface NewImport {
  organisationId: number;
  fileName: string;
  fileSha256: string;
  fileSize: number;
  profileId: number | null;
  preset: string;
  source: string;
  encoding: string;
  startedAt: string;
  actorOs: string;
  actorPerson: string;
}

export const insertImport = async (q: Queryable, i: NewImport): Promise<number> =>
  (
    await q.run(
      `INSERT INTO imports (organisation_id, file_name, file_sha256, file_size, profile_id, preset, source, encoding,
         status, started_at, actor_os, actor_person)
       VALUES (:organisationId, :fileName, :fileSha256, :fileSize, :profileId, :preset, :source, :encoding,
         'running', :startedAt, :actorOs, :actorPerson)`,
      { ...i },
    )
  ).lastID;

interface ImportRow {
  id: number;
  organisation_id: number;
  file_name: string;
  file_sha256: string;
  file_size: number;
  preset: string;
  profile_name: string | null;
  encoding: string;
  status: ImportRecord['status'];
  rows_read: number;
  orders_imported: number;
  duplicates: number;
  rejected: number;
  warnings: number;
  subjects_created: number;
  transfers_created: number;
  started_at: string;
  finished_at: string | null;
  duration_ms: number | null;
  actor_os: string;
  actor_person: string;
  undone_at: string | null;
}

const toImport = (r: ImportRow): ImportRecord => ({
  id: r.id,
  organisationId: r.organisation_id,
  fileName: r.file_name,
  fileSha256: r.file_sha256,
  fileSize: r.file_size,
  preset: r.preset,
  profileName: r.profile_name,
  encoding: r.encoding,
  status: r.undone_at ? 'undone' : r.status,
  undoneAt: r.undone_at,
  counts: {
    rowsRead: r.rows_read,
    imported: r.orders_imported,
    duplicates: r.duplicates,
    rejected: r.rejected,
    warnings: r.warnings,
    subjectsCreated: r.subjects_created,
    transfersCreated: r.transfers_created,
  },
  startedAt: r.started_at,
  finishedAt: r.finished_at,
  durationMs: r.duration_ms,
  actorOs: r.actor_os,
  actorPerson: r.actor_person,
});

const IMPORT_SELECT = `SELECT i.*, p.name AS profile_name FROM imports i LEFT JOIN import_profiles p ON p.id = i.profile_id`;

export const listImports = async (q: Queryable, organisationId: number): Promise<ImportRecord[]> =>
  (
    await q.all<ImportRow>(`${IMPORT_SELECT} WHERE i.organisation_id = :organisationId ORDER BY i.id DESC`, {
      organisationId,
    })
  ).map(toImport);

export const findImport = async (q: Queryable, id: number): Promise<ImportRecord | null> => {
  const row = await q.get<ImportRow>(`${IMPORT_SELECT} WHERE i.id = :id`, { id });
  return row ? toImport(row) : null;
};

/** The latest completed (not undone) import of a file with this SHA-256 into the organisation. */
export const earlierImportOf = async (q: Queryable, organisationId: number, sha256: string) => {
  const row = await q.get<{ id: number; file_name: string; finished_at: string | null }>(
    `SELECT id, file_name, finished_at FROM imports WHERE organisation_id = :organisationId AND file_sha256 = :sha256
     AND status = 'completed' AND undone_at IS NULL ORDER BY id DESC LIMIT 1`,
    { organisationId, sha256 },
  );
  return row ? { importId: row.id, fileName: row.file_name, finishedAt: row.finished_at } : null;
};

export const listRejections = (q: Queryable, importId: number, offset: number, limit: number) =>
  q.all<{
    line: number;
    column: string;
    reason: string;
    value: string;
    severity: 'error' | 'warning' | 'duplicate';
  }>(
    `SELECT line, column_name AS column, reason, value, severity FROM import_rejections
     WHERE import_id = :importId ORDER BY line, rowid LIMIT :limit OFFSET :offset`,
    { importId, offset, limit },
  );

export const countRejections = async (q: Queryable, importId: number): Promise<number> =>
  (
    await q.get<{ n: number }>('SELECT COUNT(*) AS n FROM import_rejections WHERE import_id = :importId', {
      importId,
    })
  )?.n ?? 0;

interface ProfileRow {
  id: number;
  organisation_id: number;
  name: string;
  fingerprint: string;
  preset: PresetId;
  mapping: string;
  encoding: string;
  updated_at: string;
}

const toProfile = (r: ProfileRow): ImportProfile => ({
  id: r.id,
  organisationId: r.organisation_id,
  name: r.name,
  fingerprint: r.fingerprint,
  preset: r.preset,
  mapping: JSON.parse(r.mapping) as ColumnMapping,
  encoding: r.encoding,
  updatedAt: r.updated_at,
});

export const listProfiles = async (q: Queryable, organisationId: number): Promise<ImportProfile[]> =>
  (
    await q.all<ProfileRow>(
      'SELECT * FROM import_profiles WHERE organisation_id = :organisationId ORDER BY name',
      {
        organisationId,
      },
    )
  ).map(toProfile);

export const profileForFingerprint = async (
  q: Queryable,
  organisationId: number,
  fingerprint: string,
): Promise<ImportProfile | null> => {
  const row = await q.get<ProfileRow>(
    `SELECT * FROM import_profiles WHERE organisation_id = :organisationId AND fingerprint = :fingerprint
     ORDER BY updated_at DESC LIMIT 1`,
    { organisationId, fingerprint },
  );
  return row ? toProfile(row) : null;
};

/** Saves a mapping profile under its name (replacing an older one of the same name). */
export const upsertProfile = async (
  q: Queryable,
  p: {
    organisationId: number;
    name: string;
    fingerprint: string;
    preset: string;
    mapping: ColumnMapping;
    encoding: string;
  },
  now: string,
): Promise<number> => {
  await q.run(
    `INSERT INTO import_profiles (organisation_id, name, fingerprint, preset, mapping, encoding, created_at, updated_at)
     VALUES (:organisationId, :name, :fingerprint, :preset, :mapping, :encoding, :now, :now)
     ON CONFLICT (organisation_id, name) DO UPDATE SET fingerprint = excluded.fingerprint, preset = excluded.preset,
       mapping = excluded.mapping, encoding = excluded.encoding, updated_at = excluded.updated_at`,
    { ...p, mapping: JSON.stringify(p.mapping), now },
  );
  return (
    (
      await q.get<{ id: number }>(
        'SELECT id FROM import_profiles WHERE organisation_id = :organisationId AND name = :name',
        { organisationId: p.organisationId, name: p.name },
      )
    )?.id ?? 0
  );
};

/** Transfers for orders already in the ledger whose value was mapped later. */
export const createTransfersForAlias = async (
  q: Queryable,
  organisationId: number,
  field: 'delivery' | 'payment',
  key: string,
): Promise<number> => {
  const column = field === 'delivery' ? 'delivery_key' : 'payment_key';
  return (
    await q.run(
      `INSERT OR IGNORE INTO transfers (order_id, recipient_id, basis, transferred_on)
       SELECT o.id, a.recipient_id, '${field}', substr(o.ordered_at, 1, 10)
       FROM orders o JOIN recipient_aliases a ON a.organisation_id = o.organisation_id AND a.field = '${field}' AND a.value_key = o.${column}
       WHERE o.organisation_id = :organisationId AND o.${column} = :key AND a.recipient_id IS NOT NULL`,
      { organisationId, key },
    )
  ).changes;
};
