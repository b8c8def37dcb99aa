import type { AuditEntity, AuditEntry, AuditVerification } from '../../shared/domain/audit';
import { auditHistory } from '../../electron/db/repositories/auditRepository';
import { storeOf } from '../../electron/db/store/interop';
import { verifyAuditChain } from '../../electron/services/auditTrail';
import type { TestApp } from './testContext';

/**
 * The audit trail on either engine. SQLite: the `audit:*` channels. PostgreSQL: the same repository
 * and verifier on the team store (the audit channels still read ctx.db until the audit work lands
 * and they are converted), plus the server's own check of the whole chain.
 */
export const auditHistoryOf = async (
  app: TestApp,
  entity: AuditEntity,
  entityId: number,
): Promise<AuditEntry[]> =>
  app.engine === 'sqlite'
    ? app.ok('audit:history', { entity, entityId })
    : auditHistory(storeOf(app.ctx).read.legacy, entity, entityId);

export const verifyAuditOf = async (app: TestApp): Promise<AuditVerification> => {
  if (app.engine === 'sqlite') return app.ok('audit:verify');
  const client = await verifyAuditChain(storeOf(app.ctx).read.legacy);
  const server = await storeOf(app.ctx).read.legacy.get<{
    ok: boolean;
    checked: number;
    first_broken_id: number | null;
  }>('SELECT * FROM cd_audit_verify()');
  if (server?.ok !== client.ok || server.checked !== client.checked)
    throw new Error(
      `the server's and the app's verification disagree: ${JSON.stringify({ server, client })}`,
    );
  return client;
};
