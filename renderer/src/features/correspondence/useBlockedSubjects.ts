import { useQuery } from '../../hooks/useQuery';

/** Ids of the given subjects whose data is blocked now (`blocks:forSubjects`). */
export function useBlockedSubjects(subjectIds: readonly number[]): ReadonlySet<number> {
  const ids = [...new Set(subjectIds)].sort((a, b) => a - b);
  const blocks = useQuery(ids.length ? `blocks:${ids.join(',')}` : null, (api) =>
    api.blocks.forSubjects({ subjectIds: ids }),
  );
  const list = ids.length ? (blocks.data ?? []) : [];
  return new Set(
    list.flatMap((b) => (b.subjectId !== null && ids.includes(b.subjectId) ? [b.subjectId] : [])),
  );
}
