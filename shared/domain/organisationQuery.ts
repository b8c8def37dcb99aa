import { z } from 'zod';
import { optionalText } from './common';

/** One page of the organisations list, ordered by name. */
export const OrganisationPageQuery = z.object({
  includeArchived: z.boolean().default(false),
  /** A fragment of the name (any letter case) or of the registration number. */
  search: optionalText(200),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(200).default(25),
});
export type OrganisationPageQuery = z.input<typeof OrganisationPageQuery>;
