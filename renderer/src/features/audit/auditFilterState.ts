import type { AuditAction, AuditEntity } from '../../../../shared/domain/audit';
import type { AuditQuery } from '../../../../shared/domain/auditQuery';

/** The filters as the form holds them (dates are local calendar dates, YYYY-MM-DD). */
export interface AuditFilterState {
  entity: AuditEntity | '';
  entityId: string;
  action: AuditAction | '';
  person: string;
  search: string;
  from: string;
  to: string;
}

export const emptyAuditFilter: AuditFilterState = {
  entity: '',
  entityId: '',
  action: '',
  person: '',
  search: '',
  from: '',
  to: '',
};

/** Start of a local calendar day as a UTC instant. */
const localDayStart = (isoDate: string, plusDays = 0): string => {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d + plusDays).toISOString();
};

/** The filter the main process understands: the «to» day is included (up to the next midnight). */
export const toAuditFilter = (f: AuditFilterState): Omit<AuditQuery, 'offset' | 'limit'> => ({
  entity: f.entity === '' ? null : f.entity,
  entityId: /^\d+$/.test(f.entityId) && Number(f.entityId) > 0 ? Number(f.entityId) : null,
  action: f.action === '' ? null : f.action,
  person: f.person.trim(),
  search: f.search.trim(),
  from: /^\d{4}-\d{2}-\d{2}$/.test(f.from) ? localDayStart(f.from) : '',
  to: /^\d{4}-\d{2}-\d{2}$/.test(f.to) ? localDayStart(f.to, 1) : '',
});
