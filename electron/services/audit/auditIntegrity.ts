import {
  needsAttention,
  type AuditHead,
  type AuditReport,
  type StartupAuditCheck,
} from '../../../shared/domain/auditIntegrity';
import { nowIso, type AppContext } from '../../context';
import { auditedChange } from '../../db/store/auditedChange';
import { storeOf } from '../../db/store/interop';
import type { Db } from '../../db/store/types';
import { writeAnchor } from './anchor';
import { checkReference, readAuditHead, verifyChain } from './auditHead';
import { checkRecords } from './recordCheck';

/**
 * The anchor kept outside the database (settings): on SQLite, where anyone with the file could
 * rewrite the trail. In team mode the head is kept by the server (cd_audit_head), out of every
 * client's reach, and cd_audit_verify checks the chain against it; there is no local anchor.
 */
const anchorOf = (ctx: AppContext, db: Db): AuditHead | null =>
  db.engine === 'sqlite' ? ctx.settings.read().auditAnchor : null;

/**
 * The full verification: every link of the chain, the chain against its anchor (and a seal, when
 * given), and every register row against its last audited snapshot.
 */
export const verifyAudit = async (ctx: AppContext, seal: AuditHead | null = null): Promise<AuditReport> => {
  const q = storeOf(ctx).read;
  const chain = await verifyChain(q);
  const head = await readAuditHead(q);
  const anchor = await checkReference(q, anchorOf(ctx, q), head, chain.firstBrokenId);
  const sealCheck = seal ? await checkReference(q, seal, head, chain.firstBrokenId) : null;
  const records = await checkRecords(ctx, q);
  const referencesOk = [anchor, sealCheck].every(
    (c) => c === null || ['match', 'extended', 'none'].includes(c.state),
  );
  return {
    ok: chain.ok && referencesOk && records.findings.length === 0,
    checked: chain.checked,
    firstBrokenId: chain.firstBrokenId,
    head,
    anchor,
    seal: sealCheck,
    records,
    verifiedAt: nowIso(ctx),
  };
};

/** The chain and its anchor, as checked at start (the records are checked on the audit screen). */
const checkChainAndAnchor = async (ctx: AppContext, q: Db): Promise<StartupAuditCheck> => {
  const chain = await verifyChain(q);
  const head = await readAuditHead(q);
  const anchor = await checkReference(q, anchorOf(ctx, q), head, chain.firstBrokenId);
  return {
    checkedAt: nowIso(ctx),
    anchor,
    chainOk: chain.ok,
    firstBrokenId: chain.firstBrokenId,
    checked: chain.checked,
  };
};

const lastChecks = new WeakMap<AppContext, StartupAuditCheck>();

/**
 * At every start: verify the chain against the anchor kept outside the database. A finding is
 * recorded in the trail itself and kept in the settings until the officer acknowledges it; then the
 * anchor moves to the current head, so later changes are anchored again.
 */
export const startupAuditCheck = async (ctx: AppContext): Promise<StartupAuditCheck> => {
  const { read } = storeOf(ctx);
  const check = await checkChainAndAnchor(ctx, read);
  lastChecks.set(ctx, check);
  if (needsAttention(check)) {
    ctx.settings.write({ auditAlarm: check });
    await auditedChange(ctx, ({ audit }) =>
      audit({
        entity: 'auditTrail',
        entityId: 0,
        organisationId: null,
        action: 'integrityFinding',
        before: null,
        after: check,
      }),
    );
  }
  if (read.engine === 'sqlite') writeAnchor(ctx, await readAuditHead(read));
  return check;
};

export const lastStartupCheck = (ctx: AppContext): StartupAuditCheck | null => lastChecks.get(ctx) ?? null;

/** The officer has seen the start-up finding: recorded, and the warning is cleared. */
export const acknowledgeAlarm = async (ctx: AppContext): Promise<null> => {
  const alarm = ctx.settings.read().auditAlarm;
  if (alarm === null) return null;
  await auditedChange(ctx, ({ audit }) =>
    audit({
      entity: 'auditTrail',
      entityId: 0,
      organisationId: null,
      action: 'acknowledge',
      before: alarm,
      after: null,
    }),
  );
  ctx.settings.write({ auditAlarm: null });
  return null;
};
