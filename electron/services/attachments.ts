import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { chmod, copyFile, mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { attachmentKind, extensionOf } from '../../shared/attachments/fileKinds';
import type { StoredFile } from '../../shared/domain/recipient';
import { DomainError } from '../../shared/ipc/result';
import type { AppContext } from '../context';
import { safeFileName } from './documents/types';

const HEAD_BYTES = 4096;
/** Read and write for the owner only: never executable, whatever the source file's mode was. */
const STORED_MODE = 0o600;
/** The copy handed to a viewer: read-only, never executable. */
const VIEW_MODE = 0o400;

const sha256OfFile = (path: string): Promise<string> =>
  new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });

const readHead = async (path: string): Promise<Uint8Array> => {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
};

/** Stored under its SHA-256 only: no extension the OS could act on (content-addressed, stored once). */
const storedPath = (attachmentsDir: string, sha256: string): string =>
  join(attachmentsDir, sha256.slice(0, 2), sha256);

/**
 * Copies a user's file into the data folder under its SHA-256, without executable bits and under a
 * neutral name. A program or script (by extension or by its first bytes) is refused.
 */
export const storeAttachment = async (
  attachmentsDir: string,
  source: string,
  now: string,
): Promise<StoredFile> => {
  const fileName = basename(source);
  if (attachmentKind(fileName, await readHead(source)) === 'executable') {
    throw new DomainError('VALIDATION', 'errors.attachment.executable', undefined, {
      type: extensionOf(fileName) ? `.${extensionOf(fileName)}` : fileName,
    });
  }
  const sha256 = await sha256OfFile(source);
  const target = storedPath(attachmentsDir, sha256);
  await mkdir(join(attachmentsDir, sha256.slice(0, 2)), { recursive: true });
  const partial = `${target}.partial`;
  try {
    await copyFile(source, partial);
    await chmod(partial, STORED_MODE);
    await rename(partial, target);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  const { size } = await stat(target);
  return { fileName, sha256, size, attachedAt: now };
};

/**
 * Files stored by earlier versions kept their extension and mode: renamed to the neutral name and
 * made non-executable (idempotent; run at start).
 */
export const neutraliseStoredFiles = async (attachmentsDir: string): Promise<void> => {
  const dirs = await readdir(attachmentsDir).catch(() => [] as string[]);
  for (const dir of dirs.filter((d) => /^[0-9a-f]{2}$/.test(d))) {
    for (const name of await readdir(join(attachmentsDir, dir))) {
      const m = /^([0-9a-f]{64})(\.[^.]+)?$/.exec(name);
      if (!m?.[1]) continue;
      const neutral = join(attachmentsDir, dir, m[1]);
      if (m[2]) await rename(join(attachmentsDir, dir, name), neutral);
      await chmod(neutral, STORED_MODE);
    }
  }
};

/**
 * Opens a stored file for the officer: its hash is checked, a read-only copy under its own name is
 * made, and only a document or an image opens in its viewer. Anything else is only shown in its
 * folder, with a warning (CONFLICT errors.attachment.notViewable); a program is not even shown.
 */
export const openStoredFile = async (ctx: AppContext, file: StoredFile): Promise<null> => {
  const path = storedPath(ctx.paths.attachmentsDir, file.sha256);
  if (!(await stat(path).catch(() => null))) throw new DomainError('NOT_FOUND', 'errors.attachment.missing');
  if ((await sha256OfFile(path)) !== file.sha256)
    throw new DomainError('CONFLICT', 'errors.attachment.changed');
  const kind = attachmentKind(file.fileName, await readHead(path));
  if (kind === 'executable') {
    throw new DomainError('CONFLICT', 'errors.attachment.executable', undefined, {
      type: `.${extensionOf(file.fileName)}`,
    });
  }
  const viewDir = join(ctx.paths.dataDir, 'attachments-view', file.sha256.slice(0, 16));
  const viewCopy = join(viewDir, safeFileName(file.fileName) || file.sha256);
  if (!(await stat(viewCopy).catch(() => null))) {
    await mkdir(viewDir, { recursive: true });
    await copyFile(path, `${viewCopy}.partial`);
    await chmod(`${viewCopy}.partial`, VIEW_MODE);
    await rename(`${viewCopy}.partial`, viewCopy);
  }
  if (kind === 'document' || kind === 'image') {
    await ctx.shell.openPath(viewCopy);
    return null;
  }
  await ctx.shell.showItemInFolder(viewCopy);
  throw new DomainError('CONFLICT', 'errors.attachment.notViewable');
};

export { sha256OfFile };
