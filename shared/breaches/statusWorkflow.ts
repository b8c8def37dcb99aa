import type { BreachStatus } from '../domain/breach';

/** open → contained → notified → closed; steps may be skipped forward, never back; closed is final. */
export const BREACH_TRANSITIONS: Record<BreachStatus, readonly BreachStatus[]> = {
  open: ['contained', 'notified', 'closed'],
  contained: ['notified', 'closed'],
  notified: ['closed'],
  closed: [],
};

export const canMoveBreach = (from: BreachStatus, to: BreachStatus): boolean =>
  BREACH_TRANSITIONS[from].includes(to);
