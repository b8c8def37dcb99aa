import type { AppEventName } from '../shared/ipc/contracts/eventNames';
import type { AppEventPayload } from '../shared/ipc/contracts/events';

type Listener = (name: AppEventName, payload: unknown) => void;

/** The events of one application context; the Electron wiring and the E2E harness subscribe. */
export class AppEvents {
  private readonly listeners = new Set<Listener>();
  private readonly lastJobEvent = new Map<string, number>();

  emit<E extends AppEventName>(name: E, payload: AppEventPayload<E>): void {
    for (const listener of this.listeners) listener(name, payload);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * A job's status changed. Progress is announced at most every 100 ms per job (a worker reports
   * far more often); a final state always is.
   */
  jobChanged(jobId: string, final = false): void {
    const now = Date.now();
    const last = this.lastJobEvent.get(jobId) ?? 0;
    if (!final && now - last < JOB_EVENT_INTERVAL_MS) return;
    if (final) this.lastJobEvent.delete(jobId);
    else this.lastJobEvent.set(jobId, now);
    this.emit('jobs:progress', { jobId });
  }
}

const JOB_EVENT_INTERVAL_MS = 100;

const registries = new WeakMap<object, AppEvents>();

/** The event hub of one application context. */
export const appEventsOf = (ctx: object): AppEvents => {
  let events = registries.get(ctx);
  if (!events) registries.set(ctx, (events = new AppEvents()));
  return events;
};
