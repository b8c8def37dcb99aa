import type { PurposeKind } from '../../shared/domain/policy';
import { EMPTY_INSTRUCTION, InstructionChecklist, type Recipient } from '../../shared/domain/recipient';
import { isCrossBorder } from '../../shared/recipients/crossBorder';
import { recipientProblems } from '../../shared/recipients/problems';
import { policyFindings } from '../../shared/policy/registerCheck';
import { classifyPurposes, type RegisterPolicy } from '../../shared/policy/registerPolicy';
import type { RecipientRow } from '../db/repositories/recipientRepository';

const parseJson = <T>(text: string, fallback: T): T => {
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
};

/** The purposes' kinds as stored (derived on save), or derived now for a row saved before they were. */
export const purposeKindsOf = (r: Pick<RecipientRow, 'purpose_kinds' | 'purposes'>): PurposeKind[] =>
  r.purpose_kinds === null ? classifyPurposes(r.purposes) : parseJson<PurposeKind[]>(r.purpose_kinds, []);

/**
 * Row -> domain object, with the derived cross-border flag and problems as of `today`; with the
 * organisation's policy in force, also the policy-versus-register findings.
 */
export const toRecipient = (
  r: RecipientRow,
  today: string,
  policy: RegisterPolicy | null = null,
): Recipient => {
  const base = {
    id: r.id,
    organisationId: r.organisation_id,
    type: r.type as Recipient['type'],
    legalName: r.legal_name,
    registrationNumber: r.registration_number,
    country: r.country,
    address: r.address,
    contactPerson: r.contact_person,
    phone: r.phone,
    email: r.email,
    role: r.role as Recipient['role'],
    legalBasis: r.legal_basis as Recipient['legalBasis'],
    purposes: r.purposes,
    dataCategories: parseJson<Recipient['dataCategories']>(r.data_categories, []),
    subjectCategories: parseJson<Recipient['subjectCategories']>(r.subject_categories, []),
    operations: parseJson<Recipient['operations']>(r.operations, []),
    retention: r.retention,
    contractNumber: r.contract_number,
    contractDate: r.contract_date ?? '',
    contractEndDate: r.contract_end_date ?? '',
    // Stored before new requisites existed: missing keys read as «not in the contract».
    instruction: InstructionChecklist.catch(EMPTY_INSTRUCTION).parse(parseJson<unknown>(r.instruction, {})),
    adequacy: r.adequacy as Recipient['adequacy'],
    infoObtainedDate: r.info_obtained_date ?? '',
    transferNoticeDate: r.transfer_notice_date ?? '',
    transferNoticeNumber: r.transfer_notice_number,
    transferStatus: r.transfer_status as Recipient['transferStatus'],
    subjectNoticeMethod: r.subject_notice_method,
    subjectNoticeDate: r.subject_notice_date ?? '',
    reviewDate: r.review_date ?? '',
    status: r.status as Recipient['status'],
    notes: r.notes,
  };
  const contractFile =
    r.contract_file_sha256 && r.contract_file_name
      ? {
          fileName: r.contract_file_name,
          sha256: r.contract_file_sha256,
          size: r.contract_file_size ?? 0,
          attachedAt: r.contract_file_attached_at ?? '',
        }
      : null;
  const findings = policyFindings(
    {
      type: base.type,
      country: base.country,
      legalBasis: base.legalBasis,
      dataCategories: base.dataCategories,
      purposeKinds: purposeKindsOf(r),
    },
    policy,
  );
  return {
    ...base,
    crossBorder: isCrossBorder(r.jurisdiction, r.country),
    contractFile,
    archiveReason: r.archived_at ? r.archive_reason : null,
    // An archived recipient is kept for the record only: it raises no problems, of the register or of
    // the policy.
    policyFindings: r.archived_at ? [] : findings,
    problems: r.archived_at
      ? []
      : [
          ...recipientProblems(
            {
              contractNumber: base.contractNumber,
              hasContractFile: contractFile !== null,
              contractEndDate: base.contractEndDate,
              instruction: base.instruction,
              status: base.status,
              reviewDate: base.reviewDate,
              country: base.country,
              transferNoticeDate: base.transferNoticeDate,
              subjectNoticeDate: base.subjectNoticeDate,
              role: base.role,
            },
            r.jurisdiction,
            today,
          ),
          ...findings.map((f) => f.problem),
        ],
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    archivedAt: r.archived_at,
  };
};
