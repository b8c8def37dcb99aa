import type { AppContext } from '../context';

const TTL_MS = 30_000;

/**
 * Number of subjects per organisation for the pager. Counting a million rows takes tens of
 * milliseconds, so it is kept briefly and dropped whenever an import ends (`invalidate`).
 */
const caches = new WeakMap<AppContext, Map<number, { value: number; at: number }>>();

export const subjectCountCache = (ctx: AppContext) => {
  let cache = caches.get(ctx);
  if (!cache) caches.set(ctx, (cache = new Map()));
  const entries = cache;
  return {
    get: async (organisationId: number, count: () => Promise<number>): Promise<number> => {
      const hit = entries.get(organisationId);
      const now = Date.now();
      if (hit && now - hit.at < TTL_MS) return hit.value;
      const value = await count();
      entries.set(organisationId, { value, at: now });
      return value;
    },
    invalidate: () => entries.clear(),
  };
};
