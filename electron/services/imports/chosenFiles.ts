import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import type { ChosenFile } from '../../../shared/domain/ledger';
import { detectPreset } from '../../../shared/imports/detectPreset';
import type { FileSniff, ForcedEncoding } from '../../../shared/imports/fileTypes';
import { headerFingerprint } from '../../../shared/imports/headers';
import { DomainError } from '../../../shared/ipc/result';
import type { AppContext } from '../../context';
import { profileForFingerprint } from '../../db/repositories/importRepository';
import { sniffInWorker } from './sniffInWorker';

export interface ChosenFileEntry {
  path: string;
  organisationId: number;
  sniff: FileSniff;
}

/**
 * Files chosen in the wizard, per app context. The renderer never sends a path: it gets a token for
 * the file the officer picked in the main process's dialog, so a page cannot make the app read files.
 */
const filesByContext = new WeakMap<AppContext, Map<string, ChosenFileEntry>>();
const filesOf = (ctx: AppContext): Map<string, ChosenFileEntry> => {
  let files = filesByContext.get(ctx);
  if (!files) filesByContext.set(ctx, (files = new Map()));
  return files;
};

/** The sniff runs in a worker under a time limit; a refusal names its reason on the `file` field. */
const sniffOrExplain = (ctx: AppContext, path: string, encoding?: ForcedEncoding): Promise<FileSniff> =>
  sniffInWorker(ctx, path, encoding);

const describe = async (ctx: AppContext, token: string, entry: ChosenFileEntry): Promise<ChosenFile> => {
  const { sniff } = entry;
  return {
    token,
    fileName: basename(entry.path),
    format: sniff.format,
    fileSize: sniff.fileSize,
    encoding: sniff.encoding,
    encodingSource: sniff.encodingSource,
    delimiter: sniff.delimiter,
    headerLine: sniff.headerLine,
    headers: sniff.headers,
    duplicateHeaders: sniff.duplicateHeaders,
    preview: sniff.preview,
    headersOnly: sniff.headersOnly,
    candidates: detectPreset(sniff.headers),
    profile: await profileForFingerprint(ctx.db, entry.organisationId, headerFingerprint(sniff.headers)),
  };
};

export const chooseImportFile = async (
  ctx: AppContext,
  organisationId: number,
): Promise<ChosenFile | null> => {
  const path = await ctx.dialogs.openFile({
    title: 'Выгрузка заказов магазина',
    filters: [
      { name: 'Выгрузки (CSV, TXT, XLSX)', extensions: ['csv', 'txt', 'tsv', 'xlsx'] },
      { name: 'Все файлы', extensions: ['*'] },
    ],
  });
  if (path === null) return null;
  const entry = { path, organisationId, sniff: await sniffOrExplain(ctx, path) };
  const token = randomUUID();
  filesOf(ctx).set(token, entry);
  return describe(ctx, token, entry);
};

export const resniffImportFile = async (
  ctx: AppContext,
  token: string,
  organisationId: number,
  encoding: ForcedEncoding,
): Promise<ChosenFile> => {
  const entry = chosenFileFor(ctx, token, organisationId);
  const updated = { ...entry, sniff: await sniffOrExplain(ctx, entry.path, encoding) };
  filesOf(ctx).set(token, updated);
  return describe(ctx, token, updated);
};

export const chosenFileFor = (ctx: AppContext, token: string, organisationId: number): ChosenFileEntry => {
  const entry = filesOf(ctx).get(token);
  if (!entry || entry.organisationId !== organisationId)
    throw new DomainError('NOT_FOUND', 'errors.fileNotChosen');
  return entry;
};
