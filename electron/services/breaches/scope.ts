import type { BreachIncident } from '../../../shared/domain/breach';
import type { ScopeCriteria, ScopeSubject } from '../../../shared/domain/breachScope';
import type { PageOf } from '../../../shared/domain/common';
import { DomainError } from '../../../shared/ipc/result';
import type { AppContext } from '../../context';
import {
  countScope,
  findScope,
  saveScope,
  scopeSubjectsOfCriteria,
  scopeSubjectsOfIncident,
  type ScopeSubjectRow,
} from '../../db/repositories/breachScopeRepository';
import { setBreachField } from '../../db/repositories/breachRepository';
import { breachIncidentService } from './incidents';

const split = (v: string | null): string[] => (v ? v.split('\n').filter((s) => s !== '') : []);

export const toScopeSubject = (r: ScopeSubjectRow): ScopeSubject => ({
  id: r.id,
  fullName: r.full_name,
  phones: split(r.phones),
  emails: split(r.emails),
  address: r.address,
});

/** Affected subjects from the ledger. */
export const breachScopeService = (ctx: AppContext) => ({
  count: (c: ScopeCriteria) => countScope(ctx.db, c),

  subjects: async (q: {
    criteria: ScopeCriteria | null;
    incidentId: number | null;
    offset: number;
    limit: number;
  }): Promise<PageOf<ScopeSubject>> => {
    if (q.incidentId !== null) {
      const scope = await findScope(ctx.db, q.incidentId);
      const rows = await scopeSubjectsOfIncident(ctx.db, q.incidentId, q.offset, q.limit);
      return {
        items: rows.map(toScopeSubject),
        total: scope?.subjects ?? 0,
        offset: q.offset,
        limit: q.limit,
      };
    }
    if (q.criteria === null) throw new DomainError('VALIDATION', 'errors.validation');
    const total = (await countScope(ctx.db, q.criteria)).subjects;
    const rows = await scopeSubjectsOfCriteria(ctx.db, q.criteria, q.offset, q.limit);
    return { items: rows.map(toScopeSubject), total, offset: q.offset, limit: q.limit };
  },

  save: async (incidentId: number, c: ScopeCriteria): Promise<BreachIncident> => {
    const row = await breachIncidentService(ctx).mustExist(incidentId);
    if (row.organisation_id !== c.organisationId)
      throw new DomainError('VALIDATION', 'errors.validation', { organisationId: ['errors.notFound'] });
    return breachIncidentService(ctx).writeRaw(incidentId, async (tx, now) => {
      const n = await saveScope(tx, incidentId, c, now);
      await setBreachField(tx, incidentId, 'approx_subjects', n, now);
    });
  },
});
