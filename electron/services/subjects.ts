import type { SubjectCard } from '../../shared/domain/ledger';
import { DomainError } from '../../shared/ipc/result';
import type { AppContext } from '../context';
import {
  countSubjects,
  findSubject,
  listSubjects,
  searchSubjectIds,
  subjectIdsByEmailPrefix,
  subjectIdsByNamePrefix,
  subjectOrders,
  subjectsByIds,
  subjectTransfers,
  type SubjectCardRecipients,
} from '../db/repositories/subjectRepository';
import { subjectCountCache } from './subjectCounts';

/** Matches counted beyond the page being shown: past this the pager says «more than N». */
const SEARCH_COUNT_CAP = 200;
const SEARCH_CAP = 10_000;
const ORDERS_SHOWN = 500;

/**
 * What the officer types, as the indexes see it: lower-case; a phone written with spaces, brackets
 * or dashes becomes its digits, and a leading trunk 0 / 8 is dropped so that «0555 12-34-56» and
 * «8 701 123 45 67» find +996555123456 and +77011234567.
 */
export const searchPhrase = (input: string): string => {
  const text = input.trim().replace(/\s+/g, ' ').toLocaleLowerCase('ru');
  if (/^[+\d\s()\-.]+$/.test(text) && (text.match(/\d/g) ?? []).length >= 3) {
    const digits = text.replace(/\D/g, '');
    return digits.length >= 10 && /^[08]/.test(digits) ? digits.slice(1) : digits;
  }
  return text;
};

/** Letters and spaces only: looked up as the start of the name first (a B-tree, fast for any name). */
const isNameQuery = (phrase: string) => /^[\p{L}\s.'-]+$/u.test(phrase);
/** Looks like the start of an e-mail address: looked up in the e-mail keys first. */
const isEmailQuery = (phrase: string) =>
  /^[a-z0-9._%+-]+@?[a-z0-9.-]*$/.test(phrase) && /[@\d.]/.test(phrase);

export const subjectService = (ctx: AppContext) => {
  const counts = subjectCountCache(ctx);
  return {
    list: async (query: { organisationId: number; search: string; offset: number; limit: number }) => {
      const phrase = searchPhrase(query.search);
      if (phrase === '') {
        return {
          items: await listSubjects(ctx.db, query.organisationId, query.offset, query.limit),
          total: await counts.get(query.organisationId, () => countSubjects(ctx.db, query.organisationId)),
          totalCapped: false,
          offset: query.offset,
          limit: query.limit,
          searchTooShort: false,
        };
      }
      // A common fragment matches many thousands: fetch only what the page and the count need.
      const cap = Math.min(SEARCH_CAP, Math.max(query.offset + query.limit, SEARCH_COUNT_CAP));
      const tooShort = [...phrase].length < 3;
      let ids: number[] = [];
      if (isNameQuery(phrase))
        ids = await subjectIdsByNamePrefix(ctx.db, query.organisationId, phrase, cap + 1);
      else if (isEmailQuery(phrase))
        ids = await subjectIdsByEmailPrefix(ctx.db, query.organisationId, phrase, cap + 1);
      // Not the start of a name (or not a name at all): any fragment, through the trigram index.
      if (ids.length === 0 && !tooShort) {
        ids = await searchSubjectIds(
          ctx.db,
          query.organisationId,
          `"${phrase.replace(/"/g, '""')}"`,
          cap + 1,
        );
      }
      return {
        items: await subjectsByIds(ctx.db, ids.slice(query.offset, query.offset + query.limit)),
        total: Math.min(ids.length, cap),
        totalCapped: ids.length > cap,
        offset: query.offset,
        limit: query.limit,
        searchTooShort: tooShort && ids.length === 0,
      };
    },

    get: async (id: number): Promise<SubjectCard> => {
      const subject = await findSubject(ctx.db, id);
      if (!subject) throw new DomainError('NOT_FOUND', 'errors.notFound');
      const orders = await subjectOrders(ctx.db, id, ORDERS_SHOWN);
      const recipients = new Map<number, SubjectCardRecipients[number]>();
      for (const t of await subjectTransfers(ctx.db, id)) {
        let r = recipients.get(t.recipient_id);
        if (!r) {
          r = {
            recipientId: t.recipient_id,
            legalName: t.legal_name,
            type: t.type,
            country: t.country,
            firstTransferOn: null,
            lastTransferOn: null,
            transfers: [],
          };
          recipients.set(t.recipient_id, r);
        }
        r.transfers.push({
          orderExternalId: t.external_id,
          orderedAt: t.ordered_at,
          transferredOn: t.transferred_on,
          basis: t.basis,
        });
        if (t.transferred_on) {
          if (!r.firstTransferOn || t.transferred_on < r.firstTransferOn)
            r.firstTransferOn = t.transferred_on;
          if (!r.lastTransferOn || t.transferred_on > r.lastTransferOn) r.lastTransferOn = t.transferred_on;
        }
      }
      return {
        id: subject.id,
        organisationId: subject.organisationId,
        fullName: subject.fullName,
        address: subject.address,
        phones: subject.phones,
        emails: subject.emails,
        firstOrderAt: subject.firstOrderAt,
        lastOrderAt: subject.lastOrderAt,
        orders: orders.map((o) => ({
          externalId: o.external_id,
          source: o.source,
          orderedAt: o.ordered_at,
          deliveryMethod: o.delivery_method,
          paymentMethod: o.payment_method,
          consigneeName: o.consignee_name,
          address: o.address,
        })),
        ordersTotal: subject.orders,
        recipients: [...recipients.values()],
      };
    },
  };
};
