import { join } from 'node:path';
import type { ReceivedVia } from '../../../shared/domain/correspondence';
import type {
  AccessReport,
  Answer,
  AnswerBlocks,
  AnswerDecision,
  AnswerEditData,
} from '../../../shared/domain/correspondenceAnswer';
import type { AnswerLetterData } from '../../../shared/documents/answerLetter';
import { senderReference } from '../../../shared/documents/answerTemplates';
import type { Organisation } from '../../../shared/domain/organisation';
import { DomainError } from '../../../shared/ipc/result';
import type { Queryable } from '../../db/connection';
import {
  findAnswer,
  type AnswerContent,
  type AnswerRow,
} from '../../db/repositories/correspondenceAnswerRepository';
import type { ItemRow } from '../../db/repositories/correspondenceRepository';

/** Frozen PDFs live in <data folder>/documents/<sha256>.pdf (content-addressed, like attachments). */
export const frozenPdfPath = (dataDir: string, sha256: string): string =>
  join(dataDir, 'documents', `${sha256}.pdf`);

export const toAnswer = (r: AnswerRow, dataDir: string): Answer => ({
  id: r.id,
  itemId: r.item_id,
  organisationId: r.organisation_id,
  chainId: r.chain_id,
  version: r.version,
  supersedesId: r.supersedes_id,
  latest: r.latest === 1,
  state: r.state,
  outgoingNumber: r.outgoing_number,
  outgoingDate: r.outgoing_date,
  decision: r.decision as AnswerDecision,
  addresseeName: r.addressee_name,
  addresseeAddress: r.addressee_address,
  heading: r.heading,
  blocks: JSON.parse(r.blocks) as AnswerBlocks,
  signatoryPosition: r.signatory_position,
  signatoryName: r.signatory_name,
  executorName: r.executor_name,
  executorContact: r.executor_contact,
  accessReport: r.access_report ? (JSON.parse(r.access_report) as AccessReport) : null,
  sent:
    r.state === 'sent' && r.pdf_sha256 && r.sent_date
      ? {
          sentDate: r.sent_date,
          channel: r.sent_channel as ReceivedVia,
          pdfSha256: r.pdf_sha256,
          pdfSize: r.pdf_size ?? 0,
          pdfPath: frozenPdfPath(dataDir, r.pdf_sha256),
          sentAt: r.sent_at ?? '',
        }
      : null,
  policyVersionId: r.policy_version_id ?? null,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export const mustFindAnswerRow = async (q: Queryable, id: number): Promise<AnswerRow> => {
  const row = await findAnswer(q, id);
  if (!row) throw new DomainError('NOT_FOUND', 'errors.notFound');
  return row;
};

export const contentOf = (
  e: Omit<AnswerEditData, 'refreshAccessReport'>,
  report: AccessReport | null,
): AnswerContent => ({
  decision: e.decision,
  addresseeName: e.addresseeName,
  addresseeAddress: e.addresseeAddress,
  heading: e.heading,
  blocks: JSON.stringify(e.blocks),
  signatoryPosition: e.signatoryPosition,
  signatoryName: e.signatoryName,
  executorName: e.executorName,
  executorContact: e.executorContact,
  accessReport: report ? JSON.stringify(report) : null,
});

/** The letter as printed now (for a sent answer use its frozen copy instead). */
export const letterDataOf = (a: Answer, item: ItemRow, organisation: Organisation): AnswerLetterData => ({
  organisation,
  outgoing: a.outgoingNumber && a.outgoingDate ? { number: a.outgoingNumber, date: a.outgoingDate } : null,
  reference: senderReference({
    senderRefNumber: item.sender_ref_number,
    senderRefDate: item.sender_ref_date ?? '',
  }),
  addresseeName: a.addresseeName,
  addresseeAddress: a.addresseeAddress,
  heading: a.heading,
  blocks: a.blocks,
  accessReport: a.decision === 'accessAnswer' ? a.accessReport : null,
  signatoryPosition: a.signatoryPosition,
  signatoryName: a.signatoryName,
  executorName: a.executorName,
  executorContact: a.executorContact,
  draft: a.state === 'draft',
});
