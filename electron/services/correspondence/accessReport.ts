import type { AccessReport } from '../../../shared/domain/correspondenceAnswer';
import type { DataCategory, LegalBasis, RecipientRole } from '../../../shared/domain/recipient';
import type { Queryable } from '../../db/connection';
import {
  findSubject,
  subjectKeys,
  subjectOrderAddresses,
  subjectOrderStats,
  subjectRecipients,
} from '../../db/repositories/correspondenceLedgerRepository';
import type { ItemRow } from '../../db/repositories/correspondenceRepository';

const parseCategories = (text: string): DataCategory[] => {
  try {
    return JSON.parse(text) as DataCategory[];
  } catch {
    return [];
  }
};

/**
 * What the ledger holds on the item's sender: their identifiers, orders and every recipient their
 * data went to (transfers → orders → recipients), with the register's purposes and categories.
 * Without a linked subject only what the sender wrote is known.
 */
export const buildAccessReport = async (q: Queryable, item: ItemRow, now: string): Promise<AccessReport> => {
  const subject = item.subject_id === null ? undefined : await findSubject(q, item.subject_id);
  if (!subject) {
    return {
      generatedAt: now,
      subjectId: null,
      name: item.sender_name,
      phones: item.sender_phone ? [item.sender_phone] : [],
      emails: item.sender_email ? [item.sender_email] : [],
      addresses: item.sender_address ? [item.sender_address] : [],
      orderCount: 0,
      firstOrder: null,
      lastOrder: null,
      recipients: [],
      dataCategories: [],
      purposes: [],
    };
  }
  const [keys, stats, addresses, recipients] = await Promise.all([
    subjectKeys(q, subject.id),
    subjectOrderStats(q, subject.id),
    subjectOrderAddresses(q, subject.id),
    subjectRecipients(q, subject.id),
  ]);
  const mapped = recipients.map((r) => ({
    recipientId: r.recipient_id,
    legalName: r.legal_name,
    country: r.country,
    address: r.address,
    role: r.role as RecipientRole,
    legalBasis: r.legal_basis as LegalBasis,
    purposes: r.purposes,
    dataCategories: parseCategories(r.data_categories),
    crossBorder: r.cross_border === 1,
    transfers: r.transfers,
    firstTransfer: r.first_transfer,
    lastTransfer: r.last_transfer,
  }));
  return {
    generatedAt: now,
    subjectId: subject.id,
    name: subject.full_name || item.sender_name,
    phones: keys.filter((k) => k.kind === 'phone').map((k) => k.value),
    emails: keys.filter((k) => k.kind === 'email').map((k) => k.value),
    addresses: addresses.length ? addresses : subject.address ? [subject.address] : [],
    orderCount: stats.n,
    firstOrder: stats.first,
    lastOrder: stats.last,
    recipients: mapped,
    dataCategories: [...new Set(mapped.flatMap((r) => r.dataCategories))],
    purposes: [...new Set(mapped.map((r) => r.purposes.trim()).filter((p) => p !== ''))],
  };
};
