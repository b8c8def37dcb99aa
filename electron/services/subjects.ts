import type { OrderMatch, SubjectCard } from '../../shared/domain/ledger';
import { DomainError } from '../../shared/ipc/result';
import type { AppContext } from '../context';
import { findOrganisation } from '../db/repositories/organisationRepository';
import { changesOf, possibleMatchesOf } from '../db/repositories/possibleMatchRepository';
import {
  countSubjects,
  findSubject,
  listSubjects,
  subjectOrders,
  subjectTransfers,
  type SubjectOrderRow,
} from '../db/repositories/subjectRepository';
import { subjectCountCache } from './subjectCounts';
import { searchSubjects } from './subjectSearch';

const ORDERS_SHOWN = 500;

const matchOf = (o: SubjectOrderRow): OrderMatch => {
  const kind = (o.match ?? 'unknown') as OrderMatch['kind'];
  return {
    kind: ['new', 'phone', 'email', 'name', 'manual'].includes(kind) ? kind : 'unknown',
    key: kind === 'phone' ? o.phone_written : kind === 'email' ? o.email_written : '',
    viaOrder: o.via_order,
    viaFile: o.via_file,
    viaLine: o.via_line,
  };
};

type CardRecipient = SubjectCard['recipients'][number];

export const subjectService = (ctx: AppContext) => {
  const counts = subjectCountCache(ctx);
  return {
    list: async (query: { organisationId: number; search: string; offset: number; limit: number }) => {
      if (query.search.trim() === '') {
        return {
          items: await listSubjects(ctx.db, query.organisationId, query.offset, query.limit),
          total: await counts.get(query.organisationId, () => countSubjects(ctx.db, query.organisationId)),
          totalCapped: false,
          offset: query.offset,
          limit: query.limit,
          searchTooShort: false,
          searchIncomplete: false,
        };
      }
      // Each statement costs a wait for a thread on a loaded machine: the organisation is read only
      // when its country is needed (a phone as typed), the look-up is one statement, the page one more.
      const found = await searchSubjects(
        ctx.db,
        query.organisationId,
        async () => {
          const organisation = await findOrganisation(ctx.db, query.organisationId);
          if (!organisation) throw new DomainError('NOT_FOUND', 'errors.notFound');
          return organisation.jurisdiction;
        },
        query.search,
        { offset: query.offset, limit: query.limit },
      );
      return {
        items: found.items,
        total: found.total,
        totalCapped: found.capped,
        offset: query.offset,
        limit: query.limit,
        searchTooShort: found.tooShort,
        searchIncomplete: found.incomplete,
      };
    },

    get: async (id: number): Promise<SubjectCard> => {
      const subject = await findSubject(ctx.db, id);
      if (!subject) throw new DomainError('NOT_FOUND', 'errors.notFound');
      const orders = await subjectOrders(ctx.db, id, ORDERS_SHOWN);
      const recipients = new Map<number, CardRecipient>();
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
          role: t.role,
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
        origin: subject.origin,
        note: subject.note,
        mergedInto: subject.mergedInto,
        roles: subject.roles,
        orders: orders.map((o) => ({
          id: o.id,
          externalId: o.external_id,
          source: o.source,
          role: o.role,
          orderedAt: o.ordered_at,
          deliveryMethod: o.delivery_method,
          paymentMethod: o.payment_method,
          nameAsWritten: o.name_written,
          phoneAsWritten: o.phone_written,
          emailAsWritten: o.email_written,
          consigneeName: o.consignee_name,
          address: o.address,
          fileName: o.file_name,
          line: o.line,
          match: matchOf(o),
        })),
        ordersTotal: subject.orders,
        recipients: [...recipients.values()],
        possibleMatches: await possibleMatchesOf(ctx.db, id),
        changes: await changesOf(ctx.db, id),
      };
    },
  };
};
