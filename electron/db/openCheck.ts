import { open, stat } from 'node:fs/promises';

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

export type FileProblem = 'emptyFile' | 'notSqlite' | null;

/**
 * Looks at a database file before SQLite does: a 0-byte file would silently become a new empty
 * database, and a file that is not SQLite fails in confusing places. A missing file is fine (first run).
 */
export const databaseFileProblem = async (file: string): Promise<FileProblem> => {
  const info = await stat(file).catch(() => null);
  if (info === null) return null;
  if (info.size === 0) return 'emptyFile';
  const handle = await open(file, 'r');
  try {
    const header = Buffer.alloc(16);
    const { bytesRead } = await handle.read(header, 0, 16, 0);
    return bytesRead === 16 && header.equals(SQLITE_HEADER) ? null : 'notSqlite';
  } finally {
    await handle.close();
  }
};
