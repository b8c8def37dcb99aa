import { z } from 'zod';

/** Later records that depend on what an import added: why its undo is refused, each named. */
export const ImportDependents = z.object({
  /** Numbers of claims and requests linked to a subject the import created. */
  claims: z.array(z.string()),
  /** Numbers of incidents whose breach scope holds its subjects or was built from it. */
  incidents: z.array(z.string()),
  /** File names of later imports that added orders to its subjects. */
  laterImports: z.array(z.string()),
  /** Merges and splits (not undone) of its subjects. */
  changes: z.array(z.number().int()),
  /** Data blocks on its subjects. */
  blocks: z.number().int(),
  /** KG transfer notice batches that list its persons. */
  noticeBatches: z.array(z.number().int()),
});
export type ImportDependents = z.infer<typeof ImportDependents>;

/** An import undo either removed everything the import added, or changed nothing and says why. */
export const ImportUndoOutcome = z.discriminatedUnion('undone', [
  z.object({ undone: z.literal(true) }),
  z.object({ undone: z.literal(false), dependents: ImportDependents }),
]);
export type ImportUndoOutcome = z.infer<typeof ImportUndoOutcome>;
