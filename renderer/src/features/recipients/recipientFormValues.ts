import type { UseFormReturn } from 'react-hook-form';
import type { Organisation } from '../../../../shared/domain/organisation';
import {
  EMPTY_INSTRUCTION,
  type Recipient,
  type RecipientData,
  type RecipientType,
} from '../../../../shared/domain/recipient';

/** Form state: the parsed shape, except that the type starts unselected. */
export type RecipientFormValues = Omit<RecipientData, 'type'> & { type: RecipientType | '' };

export type RecipientFormApi = UseFormReturn<RecipientFormValues, unknown, RecipientData>;

const blankValues = (organisationId: number, country: string): RecipientFormValues => ({
  organisationId,
  type: '',
  legalName: '',
  registrationNumber: '',
  country,
  address: '',
  contactPerson: '',
  phone: '',
  email: '',
  role: 'processor',
  legalBasis: 'contract',
  purposes: '',
  dataCategories: [],
  subjectCategories: [],
  operations: [],
  retention: '',
  contractNumber: '',
  contractDate: '',
  contractEndDate: '',
  instruction: { ...EMPTY_INSTRUCTION },
  adequacy: 'unknown',
  infoObtainedDate: '',
  transferNoticeDate: '',
  transferNoticeNumber: '',
  transferStatus: 'notNotified',
  subjectNoticeMethod: '',
  subjectNoticeDate: '',
  reviewDate: '',
  status: 'active',
  notes: '',
});

/** A new recipient: domestic by default, everything else to be filled in. */
export const emptyRecipient = (organisation: Organisation): RecipientFormValues =>
  blankValues(organisation.id, organisation.jurisdiction);

/** The editable fields of a stored recipient (derived and bookkeeping fields left out). */
export const toFormValues = (r: Recipient): RecipientFormValues => ({
  organisationId: r.organisationId,
  type: r.type,
  legalName: r.legalName,
  registrationNumber: r.registrationNumber,
  country: r.country,
  address: r.address,
  contactPerson: r.contactPerson,
  phone: r.phone,
  email: r.email,
  role: r.role,
  legalBasis: r.legalBasis,
  purposes: r.purposes,
  dataCategories: [...r.dataCategories],
  subjectCategories: [...r.subjectCategories],
  operations: [...r.operations],
  retention: r.retention,
  contractNumber: r.contractNumber,
  contractDate: r.contractDate,
  contractEndDate: r.contractEndDate,
  instruction: { ...r.instruction },
  adequacy: r.adequacy,
  infoObtainedDate: r.infoObtainedDate,
  transferNoticeDate: r.transferNoticeDate,
  transferNoticeNumber: r.transferNoticeNumber,
  transferStatus: r.transferStatus,
  subjectNoticeMethod: r.subjectNoticeMethod,
  subjectNoticeDate: r.subjectNoticeDate,
  reviewDate: r.reviewDate,
  status: r.status,
  notes: r.notes,
});

/** Fields that can show an error (organisationId is not a visible field). */
export const recipientFieldNames: readonly string[] = Object.keys(blankValues(1, '')).filter(
  (k) => k !== 'organisationId',
);

/** The translation key of the registration-number label for a recipient in `country`. */
export const regNumberLabelKey = (country: string) =>
  country === 'RU' || country === 'KZ' || country === 'KG'
    ? (`recipients.regNumberLabel.${country}` as const)
    : ('recipients.regNumberLabel.other' as const);
