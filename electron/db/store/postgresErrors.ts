import { DomainError } from '../../../shared/ipc/result';

/** SQLSTATEs raised by the team schema's own functions (electron/db/postgres/migrations). */
export const TEAM_SQLSTATE = {
  /** A register row was written in a transaction that wrote no audit entry for it. */
  unaudited: 'CD001',
  /** A numbered register's date lies in the future: it would use up next year's numbers. */
  futureNumbering: 'CD002',
  /** A register is numbered from the organisation's saved numbering settings, and none are saved. */
  numberingSettings: 'CD003',
} as const;

const CONNECTION_FAILURES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ETIMEDOUT', 'ECONNRESET']);

/**
 * PostgreSQL's refusals as the app's errors (i18n keys under errors.team), so no server text reaches
 * a person. The original error stays as `cause` for the log. Anything unexpected passes unchanged.
 */
export const translatePostgresError = (error: unknown): unknown => {
  if (!(error instanceof Error)) return error;
  const code = (error as { code?: unknown }).code;
  const as = (kind: ConstructorParameters<typeof DomainError>[0], key: string) =>
    Object.assign(new DomainError(kind, `errors.team.${key}`), { cause: error });
  switch (code) {
    case '42501': // insufficient_privilege, also a row refused by a row-level security policy
      return as('FORBIDDEN', 'forbidden');
    case '28P01':
    case '28000':
      return as('FORBIDDEN', 'login');
    case '3D000':
      return as('NOT_FOUND', 'noDatabase');
    case '40001':
    case '40P01':
      return as('CONFLICT', 'retry');
    case TEAM_SQLSTATE.futureNumbering:
      return as('VALIDATION', 'futureNumbering');
    case TEAM_SQLSTATE.numberingSettings:
      return as('CONFLICT', 'numberingSettings');
    default:
      if (typeof code === 'string' && CONNECTION_FAILURES.has(code)) return as('INTERNAL', 'unreachable');
      if (/self[- ]signed|certificate|SSL|TLS/i.test(error.message)) return as('FORBIDDEN', 'certificate');
      return error;
  }
};
