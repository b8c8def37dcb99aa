import type { AnswerLetterData } from '../../../shared/documents/answerLetter';
import type { Queryable } from '../../db/connection';
import type { AnswerRow } from '../../db/repositories/correspondenceAnswerRepository';
import { letterDataOf, toAnswer } from './answerMapping';
import { mustFindItemRow } from './itemMapping';
import { mustFindOrganisation } from './settings';

/**
 * The letter of an answer: a sent one exactly as frozen into its PDF; otherwise rendered from the
 * current answer, item and organisation.
 */
export const answerLetterData = async (
  q: Queryable,
  row: AnswerRow,
  dataDir: string,
): Promise<AnswerLetterData> => {
  if (row.state === 'sent' && row.frozen) return JSON.parse(row.frozen) as AnswerLetterData;
  const item = await mustFindItemRow(q, row.item_id);
  const organisation = await mustFindOrganisation(q, row.organisation_id);
  return letterDataOf(toAnswer(row, dataDir), item, organisation);
};
