import type { ChannelInput, ChannelOutput } from '../../shared/ipc/contract';
import { contract } from '../../shared/ipc/contract';
import type { GlobalSearchHit } from '../../shared/domain/globalSearch';
import type { Queryable } from '../db/connection';
import { findBreachesByText } from '../db/repositories/globalSearchRepository';

type ListChannel = 'recipients:list' | 'subjects:list' | 'correspondence:list';

/** The register look-ups global search reuses: each register searches the way its own list does. */
export type RegisterLists = {
  [C in ListChannel]: (
    input: ReturnType<(typeof contract)[C]['input']['parse']>,
  ) => Promise<ChannelOutput<C>>;
};

const parse = <C extends ListChannel>(channel: C, input: ChannelInput<C>) =>
  contract[channel].input.parse(input) as ReturnType<(typeof contract)[C]['input']['parse']>;

const join = (...parts: (string | null | undefined)[]) =>
  parts.filter((p) => p && p.trim() !== '').join(' · ');

/**
 * Ctrl+K: recipients (name, registration number…), subjects (name, phone, e-mail, order number —
 * the ledger's own look-up), claims and requests (number, sender) and incidents (number, text), each
 * kind capped at `limit` hits, in that order.
 */
export const globalSearch = async (
  lists: RegisterLists,
  reader: Queryable,
  organisationId: number,
  text: string,
  limit: number,
): Promise<GlobalSearchHit[]> => {
  const search = text.trim();
  if (search.length < 2) return [];
  const [recipients, subjects, items, breaches] = await Promise.all([
    lists['recipients:list'](parse('recipients:list', { organisationId, search, limit, archived: false })),
    lists['subjects:list'](parse('subjects:list', { organisationId, search, limit })),
    lists['correspondence:list'](parse('correspondence:list', { organisationId, search, limit })),
    findBreachesByText(reader, organisationId, search, limit),
  ]);
  return [
    ...recipients.items.map((r) => ({
      kind: 'recipient' as const,
      id: r.id,
      title: r.legalName,
      detail: join(r.registrationNumber, r.country),
    })),
    ...subjects.items.map((s) => ({
      kind: 'subject' as const,
      id: s.id,
      title: s.fullName,
      detail: join(s.phones[0], s.emails[0]),
    })),
    ...items.items.map((i) => ({
      kind: 'correspondence' as const,
      id: i.id,
      title: i.number,
      detail: join(i.sender.name, i.sender.email),
    })),
    ...breaches.map((b) => ({ kind: 'breach' as const, id: b.id, title: b.number, detail: b.description })),
  ];
};
