import { z } from 'zod';
import { Id, optionalText } from './common';

export const GlobalSearchKind = z.enum(['recipient', 'subject', 'correspondence', 'breach']);
export type GlobalSearchKind = z.infer<typeof GlobalSearchKind>;

/** Ctrl+K: what the officer typed, within the current organisation. */
export const GlobalSearchQuery = z.object({
  organisationId: Id,
  text: optionalText(200),
  /** Hits per kind. */
  limit: z.number().int().min(1).max(20).default(6),
});
export type GlobalSearchQuery = z.input<typeof GlobalSearchQuery>;

export const GlobalSearchHit = z.object({
  kind: GlobalSearchKind,
  id: Id,
  title: z.string(),
  /** One line that says why it matched (number, sender, phone, status…). */
  detail: z.string(),
});
export type GlobalSearchHit = z.infer<typeof GlobalSearchHit>;

export const GlobalSearchResult = z.object({ hits: z.array(GlobalSearchHit) });
export type GlobalSearchResult = z.infer<typeof GlobalSearchResult>;
