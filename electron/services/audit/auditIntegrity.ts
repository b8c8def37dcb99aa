import {
  needsAttention,
  type AuditHead,
  type AuditReport,
  type StartupAuditCheck,
} from '../../../shared/domain/auditIntegrity';
import { actorOf, nowIso, type AppContext } from '../../context';
import type { Queryable } from '../../db/connection';
import { appendAudit, verifyAuditChain } from '../auditTrail';
import { writeAnchor } from './anchor';
import { checkReference, readAuditHead } from './auditHead';
import { checkRecords } from './recordCheck';

/**
 * The full verification: every link of the chain, the chain against its anchor (and a seal, when
 * given), and every register row against its last audited snapshot.
 */
export const verifyAudit = async (ctx: AppContext, seal: AuditHead | null = null): Promise<AuditReport> => {
  const q = ctx.db;
  const chain = await verifyAuditChain(q);
  const head = await readAuditHead(q);
  const anchor = await checkReference(q, ctx.settings.read().auditAnchor, head, chain.firstBrokenId);
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
const checkChainAndAnchor = async (ctx: AppContext, q: Queryable): Promise<StartupAuditCheck> => {
  const chain = await verifyAuditChain(q);
  const head = await readAuditHead(q);
  const anchor = await checkReference(q, ctx.settings.read().auditAnchor, head, chain.firstBrokenId);
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
  const check = await checkChainAndAnchor(ctx, ctx.db);
  lastChecks.set(ctx, check);
  if (needsAttention(check)) {
    ctx.settings.write({ auditAlarm: check });
    await ctx.db.transaction((tx) =>
      appendAudit(
        tx,
        { entity: 'auditTrail', entityId: 0, action: 'integrityFinding', before: null, after: check },
        actorOf(ctx),
        check.checkedAt,
      ),
    );
  }
  writeAnchor(ctx, await readAuditHead(ctx.db));
  return check;
};

export const lastStartupCheck = (ctx: AppContext): StartupAuditCheck | null => lastChecks.get(ctx) ?? null;

/** The officer has seen the start-up finding: recorded, and the warning is cleared. */
export const acknowledgeAlarm = async (ctx: AppContext): Promise<null> => {
  const alarm = ctx.settings.read().auditAlarm;
  if (alarm === null) return null;
  await ctx.db.transaction((tx) =>
    appendAudit(
      tx,
      { entity: 'auditTrail', entityId: 0, action: 'acknowledge', before: alarm, after: null },
      actorOf(ctx),
      nowIso(ctx),
    ),
  );
  ctx.settings.write({ auditAlarm: null });
  return null;
};
