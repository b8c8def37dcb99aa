import type { SubjectCard } from '../../shared/domain/ledger';
import { DomainError } from '../../shared/ipc/result';
import type { AppContext } from '../context';
import {
  countSubjects,
  findSubject,
  listSubjects,
  searchSubjectIds,
  subjectOrders,
  subjectsByIds,
  subjectTransfers,
  type SubjectCardRecipients,
} from '../db/repositories/subjectRepository';

const SEARCH_CAP = 1000;
const ORDERS_SHOWN = 500;

/**
 * What the officer types, as the trigram index sees it: lower-case; a phone written with spaces,
 * brackets or dashes becomes its digits, and a leading trunk 0 / 8 is dropped so that «0555 12-34-56»
 * and «8 701 123 45 67» find +996555123456 and +77011234567.
 */
export const searchPhrase = (input: string): string => {
  const text = input.trim().toLocaleLowerCase('ru');
  if (/^[+\d\s()\-.]+$/.test(text) && (text.match(/\d/g) ?? []).length >= 3) {
    const digits = text.replace(/\D/g, '');
    return digits.length >= 10 && /^[08]/.test(digits) ? digits.slice(1) : digits;
  }
  return text;
};

export const subjectService = (ctx: AppContext) => ({
  list: async (query: { organisationId: number; search: string; offset: number; limit: number }) => {
    const phrase = searchPhrase(query.search);
    if (phrase === '') {
      return {
        items: await listSubjects(ctx.db, query.organisationId, query.offset, query.limit),
        total: await countSubjects(ctx.db, query.organisationId),
        totalCapped: false,
        offset: query.offset,
        limit: query.limit,
        searchTooShort: false,
      };
    }
    const tooShort = [...phrase].length < 3;
    // The trigram index needs 3 characters; the UI asks for more instead of scanning a million names.
    const ids = tooShort
      ? []
      : await searchSubjectIds(
          ctx.db,
          query.organisationId,
          `"${phrase.replace(/"/g, '""')}"`,
          SEARCH_CAP + 1,
        );
    const page = ids.slice(query.offset, query.offset + query.limit);
    return {
      items: await subjectsByIds(ctx.db, page),
      total: Math.min(ids.length, SEARCH_CAP),
      totalCapped: ids.length > SEARCH_CAP,
      offset: query.offset,
      limit: query.limit,
      searchTooShort: tooShort,
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
        if (!r.firstTransferOn || t.transferred_on < r.firstTransferOn) r.firstTransferOn = t.transferred_on;
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
});
