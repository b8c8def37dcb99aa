import type {
  CorrespondenceKind,
  CorrespondenceStatus,
  ReceivedVia,
} from '../../../shared/domain/correspondence';
import type { AnswerDecision } from '../../../shared/domain/correspondenceAnswer';
import type { Organisation } from '../../../shared/domain/organisation';
import type {
  IncomingJournalRow,
  OutgoingJournalRow,
} from '../../../shared/documents/correspondenceJournalColumns';
import type { JournalSection } from '../../../shared/documents/correspondenceJournals';
import { signatureName } from '../../../shared/documents/letterText';
import type { Queryable } from '../../db/connection';
import { journalAnswers, sentAnswersOfItems } from '../../db/repositories/correspondenceAnswerRepository';
import { journalItems } from '../../db/repositories/correspondenceListRepository';
import { listOrganisations } from '../../db/repositories/organisationRepository';
import { deadlineOf } from './itemMapping';
import { mustFindOrganisation } from './settings';

/** One organisation, or every organisation that is not archived. */
export const journalOrganisations = async (q: Queryable, organisationId: number | null | undefined) =>
  organisationId ? [await mustFindOrganisation(q, organisationId)] : listOrganisations(q, false);

const incomingRows = async (q: Queryable, org: Organisation, from: string, to: string) => {
  const items = await journalItems(q, org.id, from, to);
  const answers = await sentAnswersOfItems(
    q,
    items.map((i) => i.id),
  );
  return items.map((i): IncomingJournalRow => ({
    number: i.number,
    receivedDate: i.received_date,
    receivedVia: i.received_via as ReceivedVia,
    senderName: i.sender_name,
    senderAddress: i.sender_address,
    senderRefNumber: i.sender_ref_number,
    senderRefDate: i.sender_ref_date ?? '',
    kind: i.kind as CorrespondenceKind,
    demands: i.demands,
    dueDate: i.due_date,
    extended: deadlineOf(i).originalDueDate !== i.due_date,
    responsible: i.responsible,
    status: i.status as CorrespondenceStatus,
    answers: answers
      .filter((a) => a.item_id === i.id)
      .map((a) => ({ number: a.outgoing_number, date: a.outgoing_date })),
  }));
};

const outgoingRows = async (q: Queryable, org: Organisation, from: string, to: string) =>
  (await journalAnswers(q, org.id, from, to)).map((a): OutgoingJournalRow => ({
    number: a.outgoing_number ?? '',
    date: a.outgoing_date ?? '',
    addresseeName: a.addressee_name,
    addresseeAddress: a.addressee_address,
    heading: a.heading,
    incomingNumber: a.item_number,
    incomingDate: a.item_received_date,
    decision: a.decision as AnswerDecision,
    version: a.version,
    sentDate: a.sent_date,
    channel: a.sent_channel as ReceivedVia | null,
    signatory: [a.signatory_position, signatureName(a.signatory_name)].filter((s) => s.trim()).join(', '),
    pdfSha256: a.pdf_sha256,
  }));

export const incomingJournalSections = async (
  q: Queryable,
  organisationId: number | null | undefined,
  from: string,
  to: string,
): Promise<JournalSection<IncomingJournalRow>[]> =>
  Promise.all(
    (await journalOrganisations(q, organisationId)).map(async (organisation) => ({
      organisation,
      rows: await incomingRows(q, organisation, from, to),
    })),
  );

export const outgoingJournalSections = async (
  q: Queryable,
  organisationId: number | null | undefined,
  from: string,
  to: string,
): Promise<JournalSection<OutgoingJournalRow>[]> =>
  Promise.all(
    (await journalOrganisations(q, organisationId)).map(async (organisation) => ({
      organisation,
      rows: await outgoingRows(q, organisation, from, to),
    })),
  );
