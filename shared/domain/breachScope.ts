import { z } from 'zod';
import { Id, IsoDate, optionalIsoDate, msg } from './common';

/**
 * Who is affected, from the ledger: subjects with an order (of the organisation) that was
 * transferred to `recipientId` and/or ordered within `from`…`to` (local dates, included) and/or
 * came from `importId`. At least one criterion. SQL: transfers → orders → subjects, DISTINCT.
 * The date range filters transfers.transferred_on when a recipient is chosen, else orders.ordered_at.
 */
export const ScopeCriteria = z
  .object({
    organisationId: Id,
    recipientId: Id.nullable().default(null),
    from: optionalIsoDate,
    to: optionalIsoDate,
    importId: Id.nullable().default(null),
  })
  .refine((c) => c.recipientId !== null || c.importId !== null || c.from !== '' || c.to !== '', {
    error: 'validation.breaches.scopeEmpty',
    path: ['recipientId'],
  })
  .refine((c) => c.from === '' || c.to === '' || c.from <= c.to, { error: msg.date, path: ['to'] });
export type ScopeCriteriaInput = z.input<typeof ScopeCriteria>;
export type ScopeCriteria = z.output<typeof ScopeCriteria>;

/** Count of distinct subjects for the criteria (before saving). */
export const ScopeCount = z.object({ subjects: z.number().int(), orders: z.number().int() });

export const ScopeSubject = z.object({
  id: Id,
  fullName: z.string(),
  phones: z.array(z.string()),
  emails: z.array(z.string()),
  address: z.string(),
});
export type ScopeSubject = z.infer<typeof ScopeSubject>;

/** Page of subjects: of the criteria (preview) or, with `incidentId`, of the incident's saved scope. */
export const ScopeSubjectsQuery = z
  .object({
    criteria: ScopeCriteria.nullable().default(null),
    incidentId: Id.nullable().default(null),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(50),
  })
  .refine((q) => q.criteria !== null || q.incidentId !== null, { error: msg.required, path: ['incidentId'] });
export type ScopeSubjectsQuery = z.input<typeof ScopeSubjectsQuery>;

/** Saves the criteria and the subject ids with the incident; approxSubjects := count. */
export const ScopeSave = z.object({ incidentId: Id, criteria: ScopeCriteria });

export const BreachScope = z.object({
  recipientId: Id.nullable(),
  recipientName: z.string().nullable(),
  from: z.string(),
  to: z.string(),
  importId: Id.nullable(),
  importFileName: z.string().nullable(),
  subjects: z.number().int(),
  savedAt: z.string(),
  /** The ledger changed under the saved scope (a merge, split or undo of subjects in it): recompute. */
  outdatedAt: z.string().nullable().default(null),
  outdatedReason: z.string().default(''),
});
export type BreachScope = z.infer<typeof BreachScope>;

export { IsoDate };
