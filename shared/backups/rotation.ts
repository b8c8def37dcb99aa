import type { Backup } from '../domain/app';

export interface RotationPolicy {
  /** Keep the newest automatic/manual backup of each of this many most recent days. */
  daily: number;
  /** Then keep the newest of each of this many earlier ISO weeks. */
  weekly: number;
  /** Safety copies made before a migration or a restore: keep this many newest of each kind. */
  safetyCopies: number;
}

export const defaultRotation: RotationPolicy = { daily: 7, weekly: 4, safetyCopies: 5 };

const dayOf = (b: Backup) => b.createdAt.slice(0, 10);

/** Monday of the week containing the date (YYYY-MM-DD), as an ISO date key. */
const weekOf = (isoDate: string): string => {
  const d = new Date(`${isoDate}T00:00:00Z`);
  const shift = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - shift);
  return d.toISOString().slice(0, 10);
};

/** Which backups the rotation drops (pure: the caller deletes the files). */
export const backupsToDelete = (
  backups: readonly Backup[],
  policy: RotationPolicy = defaultRotation,
): Backup[] => {
  const newestFirst = [...backups].sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
  const keep = new Set<string>();

  const regular = newestFirst.filter((b) => b.reason === 'daily' || b.reason === 'manual');
  const days: string[] = [];
  const weeks: string[] = [];
  for (const b of regular) {
    const day = dayOf(b);
    if (!days.includes(day) && days.length < policy.daily) {
      days.push(day);
      keep.add(b.fileName);
      continue;
    }
    if (days.includes(day)) continue;
    const week = weekOf(day);
    const weekOfKeptDay = days.some((d) => weekOf(d) === week);
    if (!weekOfKeptDay && !weeks.includes(week) && weeks.length < policy.weekly) {
      weeks.push(week);
      keep.add(b.fileName);
    }
  }
  for (const reason of ['premigration', 'prerestore'] as const) {
    newestFirst
      .filter((b) => b.reason === reason)
      .slice(0, policy.safetyCopies)
      .forEach((b) => keep.add(b.fileName));
  }
  return newestFirst.filter((b) => !keep.has(b.fileName));
};
