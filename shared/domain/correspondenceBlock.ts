import { z } from 'zod';
import { Id, IsoDate, requiredText } from './common';

/**
 * A block of a subject's data from a request until the check ends (RU 152-FZ art. 21 p. 1; the
 * istore.kg-style policy clause 6.2.4). Created automatically when a blocking request is registered;
 * `until` is null while the check runs. Before the sender is linked to a ledger subject the block
 * belongs to the item only (`subjectId` null); linking fills it in.
 */
export const SubjectBlock = z.object({
  id: Id,
  organisationId: Id,
  subjectId: Id.nullable(),
  itemId: Id,
  itemNumber: z.string(),
  from: IsoDate,
  until: IsoDate.nullable(),
  reason: z.string(),
  endReason: z.string(),
  active: z.boolean(),
  createdAt: z.string(),
  endedAt: z.string().nullable(),
});
export type SubjectBlock = z.infer<typeof SubjectBlock>;

export const BlockCreate = z.object({ itemId: Id, from: IsoDate, reason: requiredText(1000) });
export const BlockEnd = z.object({ id: Id, until: IsoDate, reason: requiredText(1000) });
export const BlockQuery = z.object({
  organisationId: Id.nullable().default(null),
  subjectId: Id.nullable().default(null),
  itemId: Id.nullable().default(null),
  activeOnly: z.boolean().default(false),
});
/** Active blocks of the given subjects: the ledger and the UI flag them wherever they appear. */
export const BlocksForSubjects = z.object({ subjectIds: z.array(Id).max(1000) });
