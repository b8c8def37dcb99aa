import { classifyPurposes } from '../../../shared/policy/registerPolicy';
import type { AppContext } from '../../context';
import type { Database } from '../../db/database';
import { recipientsWithoutPurposeKinds, setPurposeKinds } from '../../db/repositories/recipientRepository';

const done = new WeakSet<Database>();

/**
 * Recipients saved before migration 8 have no purpose_kinds yet: they are read once per opened
 * database (in batches), so the SQL problems filter and the TypeScript check see the same kinds.
 */
export const ensurePurposeKinds = async (ctx: AppContext): Promise<void> => {
  // A team database never holds such rows (the one-way move derives them first).
  if (ctx.teamStore || done.has(ctx.db)) return;
  for (;;) {
    const rows = await recipientsWithoutPurposeKinds(ctx.db, 1000);
    if (rows.length === 0) break;
    await ctx.db.transaction((tx) =>
      setPurposeKinds(
        tx,
        rows.map((r) => ({ id: r.id, kinds: classifyPurposes(r.purposes) })),
      ),
    );
  }
  done.add(ctx.db);
};
