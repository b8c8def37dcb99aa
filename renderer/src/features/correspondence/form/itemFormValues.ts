import { zodResolver } from '@hookform/resolvers/zod';
import type { UseFormReturn } from 'react-hook-form';
import {
  CorrespondenceInput,
  type CorrespondenceData,
  type CorrespondenceItem,
  type CorrespondenceKind,
  type CorrespondenceUpdate,
  type Currency,
  type ReceivedVia,
} from '../../../../../shared/domain/correspondence';
import { localIsoDate } from '../../../../../shared/format/date';
import { amountText, parseAmount } from './amount';
import { convertingResolver } from './convertingResolver';

/** Form state: the schema's fields, with the amount and the order numbers as typed text. */
export interface ItemFormValues {
  kind: CorrespondenceKind | '';
  receivedDate: string;
  receivedVia: ReceivedVia;
  senderRefNumber: string;
  senderRefDate: string;
  sender: { subjectId: number | null; name: string; address: string; email: string; phone: string };
  orderNumbers: string;
  demands: string;
  amount: string;
  currency: Currency | '';
  responsible: string;
  notes: string;
  ruleId: string;
  startDate: string;
}

export type ItemFormApi = UseFormReturn<ItemFormValues, unknown, CorrespondenceData>;

/** Order numbers as the sender wrote them, separated by commas, semicolons or new lines. */
export const splitOrderNumbers = (text: string): string[] =>
  text
    .split(/[,;\n]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');

export const toItemInput = (values: ItemFormValues, organisationId: number): CorrespondenceInput => {
  const amount = parseAmount(values.amount);
  return {
    organisationId,
    kind: values.kind as CorrespondenceKind,
    receivedDate: values.receivedDate,
    receivedVia: values.receivedVia,
    senderRefNumber: values.senderRefNumber,
    senderRefDate: values.senderRefDate,
    sender: values.sender,
    orderNumbers: splitOrderNumbers(values.orderNumbers),
    demands: values.demands,
    amountMinor: typeof amount === 'number' ? amount : null,
    // A currency without an amount means nothing: the form preselects the organisation's one.
    currency: values.currency === '' || values.amount.trim() === '' ? null : values.currency,
    responsible: values.responsible,
    notes: values.notes,
    ruleId: values.ruleId,
    startDate: values.startDate,
  };
};

/** The editable fields of a registered item (kind and organisation are fixed). */
export const updateData = (d: CorrespondenceData): CorrespondenceUpdate['data'] => ({
  receivedDate: d.receivedDate,
  receivedVia: d.receivedVia,
  senderRefNumber: d.senderRefNumber,
  senderRefDate: d.senderRefDate,
  sender: d.sender,
  orderNumbers: d.orderNumbers,
  demands: d.demands,
  amountMinor: d.amountMinor,
  currency: d.currency,
  responsible: d.responsible,
  notes: d.notes,
  ruleId: d.ruleId,
  startDate: d.startDate,
});

/** Schema paths that are named differently in the form. */
export const ITEM_RENAMES: Record<string, string> = {
  amountMinor: 'amount',
  'sender.subjectId': 'sender.name',
};

export const itemResolver = (organisationId: number) =>
  convertingResolver<ItemFormValues, CorrespondenceInput, CorrespondenceData>(
    zodResolver(CorrespondenceInput),
    (values) => toItemInput(values, organisationId),
    ITEM_RENAMES,
    (values) => ({
      ...(parseAmount(values.amount) === 'invalid' ? { amount: 'correspondence.form.amountInvalid' } : {}),
      ...(values.sender.subjectId === null && values.sender.name.trim() === ''
        ? { 'sender.name': 'validation.required' }
        : {}),
    }),
  );

export const itemFieldNames: readonly string[] = [
  'kind',
  'receivedDate',
  'receivedVia',
  'senderRefNumber',
  'senderRefDate',
  'sender.name',
  'sender.address',
  'sender.email',
  'sender.phone',
  'orderNumbers',
  'demands',
  'amount',
  'currency',
  'responsible',
  'notes',
  'ruleId',
  'startDate',
];

export const emptyItem = (currency: Currency): ItemFormValues => ({
  kind: '',
  receivedDate: localIsoDate(new Date()),
  receivedVia: 'post',
  senderRefNumber: '',
  senderRefDate: '',
  sender: { subjectId: null, name: '', address: '', email: '', phone: '' },
  orderNumbers: '',
  demands: '',
  amount: '',
  currency,
  responsible: '',
  notes: '',
  ruleId: '',
  startDate: '',
});

export const toItemFormValues = (item: CorrespondenceItem): ItemFormValues => ({
  kind: item.kind,
  receivedDate: item.receivedDate,
  receivedVia: item.receivedVia,
  senderRefNumber: item.senderRefNumber,
  senderRefDate: item.senderRefDate,
  sender: { ...item.sender },
  orderNumbers: item.orderNumbers.join(', '),
  demands: item.demands,
  amount: item.amountMinor === null ? '' : amountText(item.amountMinor),
  currency: item.currency ?? '',
  responsible: item.responsible,
  notes: item.notes,
  ruleId: item.deadline.ruleId,
  startDate: item.startDate === item.receivedDate ? '' : item.startDate,
});
