import type { Jurisdiction } from '../../../shared/domain/common';
import type { PolicySourceKind } from '../../../shared/domain/policy';
import type { AppContext } from '../../context';
import { PolicyFileError } from '../../policy/policyFileError';
import type { PolicyReading, PolicyWorkerReply, PolicyWorkerTask } from '../../policy/workerMessages';

/** A policy is read in seconds; a file that takes longer is treated as hostile. */
export const POLICY_READ_DEADLINE_MS = 30_000;

/**
 * Reads a policy in the policy worker process (capped heap, deadline): a crash, an out-of-memory or
 * a file that takes too long ends that process only, and comes back as a PolicyFileError.
 */
export const readPolicyInWorker = (
  ctx: AppContext,
  input: { bytes: Uint8Array; kind: Exclude<PolicySourceKind, 'pasted'> } | { text: string },
  jurisdiction: Jurisdiction,
  deadlineMs = POLICY_READ_DEADLINE_MS,
): Promise<PolicyReading> =>
  new Promise((resolve, reject) => {
    const worker = ctx.spawnWorker('policyWorker');
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.kill();
      outcome();
    };
    const timer = setTimeout(() => settle(() => reject(new PolicyFileError('tooSlow'))), deadlineMs);
    worker.onMessage((raw) => {
      const reply = raw as PolicyWorkerReply;
      if (reply.type === 'read') settle(() => resolve(reply.reading));
      else settle(() => reject(new PolicyFileError(reply.reason)));
    });
    worker.onExit(() => settle(() => reject(new PolicyFileError('damaged'))));
    const task: PolicyWorkerTask =
      'text' in input
        ? { type: 'text', text: input.text, jurisdiction }
        : { type: 'file', bytes: input.bytes, kind: input.kind, jurisdiction };
    worker.send(task);
  });
