import { randomUUID } from 'node:crypto';
import { DomainError } from '../../shared/ipc/result';

/**
 * Long jobs that read or write the database file outside the main connection (worker processes):
 * a restore must not swap the file under them. Every such job registers while it runs.
 */
export type RunningJobKind = 'import' | 'scan' | 'mailMerge' | 'importUndo';

export interface RunningJob {
  id: string;
  kind: RunningJobKind;
  startedAt: string;
}

export interface JobTicket {
  readonly id: string;
  /** Unregisters the job; safe to call more than once. */
  end(): void;
}

export class RunningJobs {
  private readonly jobs = new Map<string, RunningJob>();
  private readonly endedListeners = new Set<(job: RunningJob) => void>();
  private exclusiveWork: string | null = null;

  /** Registers a job; refused while a restore (or other exclusive work) holds the database. */
  begin(kind: RunningJobKind): JobTicket {
    if (this.exclusiveWork !== null) throw new DomainError('CONFLICT', 'errors.jobs.restoreRunning');
    const job: RunningJob = { id: randomUUID(), kind, startedAt: new Date().toISOString() };
    this.jobs.set(job.id, job);
    return {
      id: job.id,
      end: () => {
        if (!this.jobs.delete(job.id)) return;
        for (const listener of this.endedListeners) listener(job);
      },
    };
  }

  list(): RunningJob[] {
    return [...this.jobs.values()];
  }

  /** Called after a job has ended (e.g. to re-anchor the audit chain a worker appended to). */
  onEnded(listener: (job: RunningJob) => void): () => void {
    this.endedListeners.add(listener);
    return () => this.endedListeners.delete(listener);
  }

  /**
   * Runs `work` while no job runs and none may start. Refused with the kinds of the running jobs
   * (their i18n keys, joined, for the message) when any is running.
   */
  async exclusive<T>(name: string, work: () => Promise<T>): Promise<T> {
    const running = this.list();
    if (running.length > 0) {
      const jobs = [...new Set(running.map((j) => `jobKinds.${j.kind}`))].join(',');
      throw new DomainError('CONFLICT', 'errors.restore.jobsRunning', undefined, { jobs });
    }
    if (this.exclusiveWork !== null) throw new DomainError('CONFLICT', 'errors.jobs.restoreRunning');
    this.exclusiveWork = name;
    try {
      return await work();
    } finally {
      this.exclusiveWork = null;
    }
  }
}

const registries = new WeakMap<object, RunningJobs>();

/** The registry of one application context (one database). */
export const runningJobsOf = (ctx: object): RunningJobs => {
  let registry = registries.get(ctx);
  if (!registry) registries.set(ctx, (registry = new RunningJobs()));
  return registry;
};
