import { describe, expect, it } from 'vitest';
import type { Backup } from '../../shared/domain/app';
import { backupsToDelete } from '../../shared/backups/rotation';

const backup = (createdAt: string, reason: Backup['reason'] = 'daily'): Backup => ({
  fileName: `${createdAt}-${reason}`,
  createdAt,
  reason,
  size: 1,
});

describe('backup rotation', () => {
  it('keeps the newest backup of each of the last 7 days and of 4 earlier weeks', () => {
    // 60 daily backups, 2026-09-24 .. 2026-11-22, two a day on the last day.
    const list: Backup[] = [];
    for (let i = 0; i < 60; i += 1) {
      const d = new Date(Date.UTC(2026, 10, 22 - i));
      list.push(backup(`${d.toISOString().slice(0, 10)}T08:00:00`));
    }
    list.push(backup('2026-11-22T18:00:00', 'manual'));
    const kept = list
      .filter((b) => !backupsToDelete(list).includes(b))
      .map((b) => b.createdAt)
      .sort()
      .reverse();
    expect(kept.slice(0, 7)).toEqual([
      '2026-11-22T18:00:00',
      '2026-11-21T08:00:00',
      '2026-11-20T08:00:00',
      '2026-11-19T08:00:00',
      '2026-11-18T08:00:00',
      '2026-11-17T08:00:00',
      '2026-11-16T08:00:00',
    ]);
    // Then one per ISO week (Monday-based) for 4 earlier weeks; none from the weeks already covered.
    expect(kept.slice(7)).toEqual([
      '2026-11-15T08:00:00',
      '2026-11-08T08:00:00',
      '2026-11-01T08:00:00',
      '2026-10-25T08:00:00',
    ]);
  });

  it('keeps the 5 newest safety copies of each kind', () => {
    const list = Array.from({ length: 8 }, (_, i) => backup(`2026-11-1${i}T08:00:00`, 'premigration'));
    expect(backupsToDelete(list).map((b) => b.createdAt)).toEqual([
      '2026-11-12T08:00:00',
      '2026-11-11T08:00:00',
      '2026-11-10T08:00:00',
    ]);
  });
});
