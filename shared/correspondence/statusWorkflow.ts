import type { CorrespondenceStatus } from '../domain/correspondence';

/**
 * The status workflow of an incoming item:
 *
 *   registered → inReview → answerDrafted → answered → closed
 *
 * `extended` is entered by recording an extension (`correspondence:extend`) and `paused` by starting
 * a pause (`correspondence:pause`); both return to the working statuses. An answered item may be
 * reopened for review (e.g. a new version of the answer); a closed one is final. Creating an answer
 * draft moves the item to answerDrafted and sending a final answer to answered.
 */
const TRANSITIONS: Record<CorrespondenceStatus, readonly CorrespondenceStatus[]> = {
  registered: ['inReview', 'answerDrafted', 'extended', 'paused', 'closed'],
  inReview: ['answerDrafted', 'answered', 'extended', 'paused'],
  answerDrafted: ['inReview', 'answered', 'extended', 'paused'],
  extended: ['inReview', 'answerDrafted', 'answered', 'paused'],
  paused: ['registered', 'inReview', 'answerDrafted', 'extended'],
  answered: ['inReview', 'closed'],
  closed: [],
};

/** Statuses only the extension and pause channels may set. */
const RECORDED: readonly CorrespondenceStatus[] = ['extended', 'paused'];

/** Statuses whose deadline is still running. */
export const OPEN_STATUSES: readonly CorrespondenceStatus[] = [
  'registered',
  'inReview',
  'answerDrafted',
  'extended',
  'paused',
];

export const isOpenStatus = (status: CorrespondenceStatus): boolean => OPEN_STATUSES.includes(status);

export const allowedTransitions = (from: CorrespondenceStatus): readonly CorrespondenceStatus[] =>
  TRANSITIONS[from];

export const canTransition = (from: CorrespondenceStatus, to: CorrespondenceStatus): boolean =>
  TRANSITIONS[from].includes(to);

/** What the user may choose by hand (`correspondence:setStatus`): not extended or paused. */
export const manualTransitions = (from: CorrespondenceStatus): CorrespondenceStatus[] =>
  TRANSITIONS[from].filter((to) => !RECORDED.includes(to));

export const canSetManually = (from: CorrespondenceStatus, to: CorrespondenceStatus): boolean =>
  manualTransitions(from).includes(to);
