import {
  IdentityVerification,
  type CorrespondenceItem,
  type CorrespondenceKind,
  type CorrespondenceStatus,
  type Currency,
  type ItemDeadline,
  type ReceivedVia,
  type RelatedOrder,
} from '../../../shared/domain/correspondence';
import type { ExtensionUnit } from '../../../shared/deadlines';
import { amountInWords } from '../../../shared/documents/amountInWords';
import { DomainError } from '../../../shared/ipc/result';
import type { Queryable } from '../../db/connection';
import { itemAttachments } from '../../db/repositories/correspondenceAttachmentRepository';
import { blockedItemIds } from '../../db/repositories/correspondenceBlockRepository';
import { ordersByNumbers } from '../../db/repositories/correspondenceLedgerRepository';
import {
  findItem,
  itemExtensions,
  itemPauses,
  type ItemRow,
} from '../../db/repositories/correspondenceRepository';

export const orderNumbersOf = (row: Pick<ItemRow, 'order_numbers'>): string[] =>
  JSON.parse(row.order_numbers) as string[];

export const deadlineOf = (row: Pick<ItemRow, 'deadline'>): ItemDeadline =>
  JSON.parse(row.deadline) as ItemDeadline;

export const amountWordsOf = (row: Pick<ItemRow, 'amount_minor' | 'currency'>): string =>
  row.amount_minor !== null && row.currency !== null
    ? amountInWords(row.amount_minor, row.currency as Currency)
    : '';

export const senderOf = (row: ItemRow) => ({
  subjectId: row.subject_id,
  name: row.sender_name,
  address: row.sender_address,
  email: row.sender_email,
  phone: row.sender_phone,
});

/** The item's order numbers, with the ledger's order where one has that number. */
export const relatedOrders = async (q: Queryable, row: ItemRow): Promise<RelatedOrder[]> => {
  const numbers = orderNumbersOf(row);
  const found = await ordersByNumbers(q, row.organisation_id, numbers);
  return numbers.map((number) => {
    const order = found.find((o) => o.external_id === number);
    return {
      number,
      orderId: order?.id ?? null,
      orderedAt: order?.ordered_at ?? null,
      source: order?.source ?? null,
      subjectId: order?.subject_id ?? null,
    };
  });
};

export const toItem = async (q: Queryable, row: ItemRow): Promise<CorrespondenceItem> => {
  const [extensions, pauses, attachments, orders, blocked] = await Promise.all([
    itemExtensions(q, row.id),
    itemPauses(q, row.id),
    itemAttachments(q, row.id),
    relatedOrders(q, row),
    blockedItemIds(q, [row.id]),
  ]);
  return {
    id: row.id,
    organisationId: row.organisation_id,
    number: row.number,
    seq: row.seq,
    year: row.year,
    kind: row.kind as CorrespondenceKind,
    receivedDate: row.received_date,
    receivedVia: row.received_via as ReceivedVia,
    senderRefNumber: row.sender_ref_number,
    senderRefDate: row.sender_ref_date ?? '',
    sender: senderOf(row),
    orderNumbers: orderNumbersOf(row),
    orders,
    demands: row.demands,
    amountMinor: row.amount_minor,
    currency: row.currency as Currency | null,
    amountInWords: amountWordsOf(row),
    responsible: row.responsible,
    notes: row.notes,
    status: row.status as CorrespondenceStatus,
    startDate: row.start_date,
    deadline: deadlineOf(row),
    dueDate: row.due_date,
    extensions: extensions.map((e) => ({
      id: e.id,
      amount: e.amount,
      unit: e.unit as ExtensionUnit,
      reason: e.reason,
      grantedOn: e.granted_on,
      createdAt: e.created_at,
    })),
    pauses: pauses.map((p) => ({
      id: p.id,
      from: p.from_date,
      to: p.to_date,
      reason: p.reason,
      createdAt: p.created_at,
    })),
    attachments: attachments.map((a) => ({
      id: a.id,
      fileName: a.file_name,
      sha256: a.sha256,
      size: a.size,
      attachedAt: a.attached_at,
    })),
    blocked: blocked.has(row.id),
    identity: row.identity_verification
      ? IdentityVerification.parse(JSON.parse(row.identity_verification))
      : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
};

export const mustFindItemRow = async (q: Queryable, id: number): Promise<ItemRow> => {
  const row = await findItem(q, id);
  if (!row) throw new DomainError('NOT_FOUND', 'errors.notFound');
  return row;
};

export const loadItem = async (q: Queryable, id: number): Promise<CorrespondenceItem> =>
  toItem(q, await mustFindItemRow(q, id));
