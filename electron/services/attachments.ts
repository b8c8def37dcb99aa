import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { copyFile, mkdir, rename, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { StoredFile } from '../../shared/domain/recipient';

const sha256OfFile = (path: string): Promise<string> =>
  new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });

/**
 * Copies a user's file into the data folder under its SHA-256 (content-addressed, so the same file
 * attached twice is stored once and a stored file can be checked against its recorded hash).
 */
export const storeAttachment = async (
  attachmentsDir: string,
  source: string,
  now: string,
): Promise<StoredFile> => {
  const sha256 = await sha256OfFile(source);
  const dir = join(attachmentsDir, sha256.slice(0, 2));
  await mkdir(dir, { recursive: true });
  // Keep the extension so the operating system can open the stored copy with the right program.
  const target = join(dir, `${sha256}${extname(source).toLowerCase()}`);
  const partial = `${target}.partial`;
  await copyFile(source, partial);
  await rename(partial, target);
  const { size } = await stat(target);
  return { fileName: basename(source), sha256, size, attachedAt: now };
};

export const attachmentPath = (attachmentsDir: string, file: StoredFile): string =>
  join(attachmentsDir, file.sha256.slice(0, 2), `${file.sha256}${extname(file.fileName).toLowerCase()}`);

export { sha256OfFile };
