import type { UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import type {
  Answer,
  AnswerBlocks,
  AnswerEdit,
  AnswerEditData,
} from '../../../../../shared/domain/correspondenceAnswer';

export type AnswerFormValues = z.input<typeof AnswerEdit>;
export type AnswerFormApi = UseFormReturn<AnswerFormValues, unknown, AnswerEditData>;

/** The text blocks in the order printed. */
export const BLOCK_NAMES = [
  'salutation',
  'summary',
  'facts',
  'decision',
  'grounds',
  'actions',
  'remedies',
  'attachments',
] as const satisfies readonly (keyof AnswerBlocks)[];

export const toAnswerFormValues = (a: Answer): AnswerFormValues => ({
  decision: a.decision,
  addresseeName: a.addresseeName,
  addresseeAddress: a.addresseeAddress,
  heading: a.heading,
  blocks: { ...a.blocks },
  signatoryPosition: a.signatoryPosition,
  signatoryName: a.signatoryName,
  executorName: a.executorName,
  executorContact: a.executorContact,
  refreshAccessReport: false,
});

export const answerFieldNames: readonly string[] = [
  'decision',
  'addresseeName',
  'addresseeAddress',
  'heading',
  ...BLOCK_NAMES.map((b) => `blocks.${b}`),
  'signatoryPosition',
  'signatoryName',
  'executorName',
  'executorContact',
];
