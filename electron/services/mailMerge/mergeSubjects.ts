import type { MailMergeSource } from '../../../shared/breaches/mailMergeMessages';
import type { Queryable } from '../../db/connection';
import { scopeSubjectsOfIncident, type ScopeSubjectRow } from '../../db/repositories/breachScopeRepository';
import { subjectsOfNoticeBatch } from '../../db/repositories/transferNoticeRepository';

/** The persons of a merge, a page at a time, ordered by name (the worker reads them in chunks). */
export const mergeSubjects = (
  q: Queryable,
  source: MailMergeSource,
  offset: number,
  limit: number,
): Promise<ScopeSubjectRow[]> =>
  source.kind === 'breach'
    ? scopeSubjectsOfIncident(q, source.incidentId, offset, limit)
    : subjectsOfNoticeBatch(q, source.batchId, offset, limit);
