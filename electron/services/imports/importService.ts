import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { ChosenFile } from '../../../shared/domain/ledger';
import { checkMapping } from '../../../shared/imports/mappingCheck';
import type { ColumnMapping } from '../../../shared/imports/fields';
import { headerFingerprint } from '../../../shared/imports/headers';
import type { PresetId } from '../../../shared/imports/presets';
import { aliasKey } from '../../../shared/ledger/aliasKey';
import { DomainError } from '../../../shared/ipc/result';
import { actorOf, nowIso, type AppContext } from '../../context';
import { findOrganisation } from '../../db/repositories/organisationRepository';
import {
  countRejections,
  findImport,
  insertImport,
  listImports,
  listProfiles,
  listRejections,
  upsertProfile,
} from '../../db/repositories/importRepository';
import { listAliases } from '../../db/repositories/recipientAliasRepository';
import { chosenFileFor, chooseImportFile, resniffImportFile } from './chosenFiles';
import { rejectionsCsv } from './rejectionsCsv';
import { fileStamp, sameStamp } from '../../imports/scanFile';
import { cancelJob, finishedScan, jobStatus, runningImport, startJob } from './jobs';

interface Setup {
  token: string;
  organisationId: number;
  preset: PresetId;
  mapping: ColumnMapping;
}

/** The scan a token's import must follow: same mapping, every value mapped. */
const scans = new WeakMap<AppContext, Map<string, { jobId: string; mapping: string }>>();
const scansOf = (ctx: AppContext) => {
  let m = scans.get(ctx);
  if (!m) scans.set(ctx, (m = new Map()));
  return m;
};

/** Scratch stage files of scans live next to the database (same disk), in `staging/`. */
export const stagingDir = (ctx: AppContext) => join(dirname(ctx.paths.databaseFile), 'staging');

export const importService = (ctx: AppContext) => {
  const prepare = async (setup: Setup) => {
    const organisation = await findOrganisation(ctx.db, setup.organisationId);
    if (!organisation || organisation.archivedAt) throw new DomainError('NOT_FOUND', 'errors.notFound');
    const file = chosenFileFor(ctx, setup.token, setup.organisationId);
    const check = checkMapping(setup.mapping, file.sniff.headers, setup.preset);
    if (
      check.missingRequired.length > 0 ||
      check.headersNotFound.length > 0 ||
      check.reusedHeaders.length > 0
    ) {
      const fieldErrors: Record<string, string[]> = {};
      for (const slot of check.missingRequired) {
        (fieldErrors[`mapping.${slot}`] ??= []).push(
          slot === 'identity' ? 'import.identityUnmapped' : 'import.requiredFieldUnmapped',
        );
      }
      for (const { field } of check.headersNotFound)
        (fieldErrors[`mapping.${field}`] ??= []).push('import.headerNotFound');
      for (const header of check.reusedHeaders)
        (fieldErrors[`mapping`] ??= []).push(`import.duplicateHeader:${header}`);
      throw new DomainError('VALIDATION', 'errors.validation', fieldErrors);
    }
    return { organisation, file, mapping: check.mapping };
  };

  return {
    chooseFile: (organisationId: number): Promise<ChosenFile | null> => chooseImportFile(ctx, organisationId),
    resniff: (token: string, organisationId: number, encoding: 'utf8' | 'cp1251' | 'rk1048') =>
      resniffImportFile(ctx, token, organisationId, encoding),

    scan: async (setup: Setup): Promise<{ jobId: string }> => {
      const { organisation, file, mapping } = await prepare(setup);
      await mkdir(stagingDir(ctx), { recursive: true });
      const jobId = startJob(ctx, {
        kind: 'scan',
        job: {
          databaseFile: ctx.paths.databaseFile,
          importId: 0,
          organisationId: organisation.id,
          source: setup.preset,
          path: file.path,
          sniff: file.sniff,
          preset: setup.preset,
          mapping,
          defaultCountry: organisation.jurisdiction,
          actor: actorOf(ctx),
          batchSize: 20_000,
          stageFile: join(stagingDir(ctx), `${randomUUID()}.sqlite`),
        },
      });
      scansOf(ctx).set(setup.token, { jobId, mapping: JSON.stringify(mapping) });
      return { jobId };
    },

    start: async (
      setup: Setup & { profileName: string; confirmReimport: boolean },
    ): Promise<{ jobId: string }> => {
      if (runningImport(ctx)) throw new DomainError('CONFLICT', 'errors.importRunning');
      const { organisation, file, mapping } = await prepare(setup);
      const scan = scansOf(ctx).get(setup.token);
      const scanned = scan && scan.mapping === JSON.stringify(mapping) ? finishedScan(ctx, scan.jobId) : null;
      if (scanned === null) throw new DomainError('CONFLICT', 'errors.scanFirst');
      // The import is built from what the scan read: the file must still be those bytes.
      const now1 = await fileStamp(file.path).catch(() => null);
      if (now1 === null || !sameStamp(now1, scanned.scanned.stamp))
        throw new DomainError('CONFLICT', 'errors.fileChangedSinceScan');
      if (scanned.alreadyImported && !setup.confirmReimport)
        throw new DomainError('CONFLICT', 'errors.alreadyImported');
      const { values } = scanned;
      const mapped = new Set(
        (await listAliases(ctx.db, organisation.id)).map((a) => `${a.field}:${a.value_key}`),
      );
      const unmapped = values.filter((v) => !mapped.has(`${v.field}:${aliasKey(v.value)}`));
      if (unmapped.length > 0) throw new DomainError('CONFLICT', 'errors.unmappedValues');
      const now = nowIso(ctx);
      const actor = actorOf(ctx);
      const profileId =
        setup.profileName === ''
          ? null
          : await ctx.db.transaction((tx) =>
              upsertProfile(
                tx,
                {
                  organisationId: organisation.id,
                  name: setup.profileName,
                  fingerprint: headerFingerprint(file.sniff.headers),
                  preset: setup.preset,
                  mapping,
                  encoding: file.sniff.encoding ?? 'xlsx',
                },
                now,
              ),
            );
      const importId = await ctx.db.transaction((tx) =>
        insertImport(tx, {
          organisationId: organisation.id,
          fileName: file.path.split(/[\\/]/).pop() ?? '',
          fileSha256: scanned.scanned.sha256,
          fileSize: file.sniff.fileSize,
          profileId,
          preset: setup.preset,
          source: setup.preset,
          encoding: file.sniff.encoding ?? 'xlsx',
          startedAt: now,
          actorOs: actor.os,
          actorPerson: actor.person,
        }),
      );
      const jobId = startJob(ctx, {
        kind: 'import',
        job: {
          databaseFile: ctx.paths.databaseFile,
          importId,
          organisationId: organisation.id,
          source: setup.preset,
          path: file.path,
          sniff: file.sniff,
          preset: setup.preset,
          mapping,
          defaultCountry: organisation.jurisdiction,
          actor,
          batchSize: 20_000,
          stageFile: scanned.stageFile,
        },
      });
      scansOf(ctx).delete(setup.token);
      return { jobId };
    },

    job: (jobId: string) => jobStatus(ctx, jobId),
    cancel: (jobId: string) => {
      cancelJob(ctx, jobId);
      return null;
    },
    history: (organisationId: number) => listImports(ctx.db, organisationId),
    profiles: (organisationId: number) => listProfiles(ctx.db, organisationId),

    rejections: async (importId: number, offset: number, limit: number) => ({
      items: await listRejections(ctx.db, importId, offset, limit),
      total: await countRejections(ctx.db, importId),
      offset,
      limit,
    }),

    exportRejections: async (importId: number): Promise<{ path: string } | null> => {
      const record = await findImport(ctx.db, importId);
      if (!record) throw new DomainError('NOT_FOUND', 'errors.notFound');
      const path = await ctx.dialogs.saveFile({
        title: 'Отчёт об отклонённых строках',
        defaultName: `Отклонённые строки — ${record.fileName}.csv`,
        filters: [{ name: 'CSV', extensions: ['csv'] }],
      });
      if (path === null) return null;
      await writeFile(path, await rejectionsCsv(ctx.db, record));
      return { path };
    },
  };
};
