import { describe, expect, it } from 'vitest';
import { CorrespondenceStatus } from '../../../shared/domain/correspondence';
import {
  allowedTransitions,
  canSetManually,
  canTransition,
  isOpenStatus,
  manualTransitions,
} from '../../../shared/correspondence/statusWorkflow';

describe('correspondence status workflow', () => {
  it('runs registered → inReview → answerDrafted → answered → closed', () => {
    const path = ['registered', 'inReview', 'answerDrafted', 'answered', 'closed'] as const;
    path.slice(1).forEach((to, i) => expect(canTransition(path[i] ?? 'closed', to)).toBe(true));
  });

  it('never leaves closed and never skips back to registered except after a pause', () => {
    expect(allowedTransitions('closed')).toEqual([]);
    for (const from of CorrespondenceStatus.options) {
      if (from !== 'paused') expect(canTransition(from, 'registered')).toBe(false);
    }
    expect(canTransition('answered', 'answerDrafted')).toBe(false);
    expect(canTransition('inReview', 'closed')).toBe(false);
  });

  it('leaves extended and paused to the extension and pause records', () => {
    expect(canTransition('inReview', 'extended')).toBe(true);
    expect(canSetManually('inReview', 'extended')).toBe(false);
    expect(canSetManually('inReview', 'paused')).toBe(false);
    expect(manualTransitions('registered')).toEqual(['inReview', 'answerDrafted', 'closed']);
  });

  it('knows which statuses keep the deadline running', () => {
    expect(CorrespondenceStatus.options.filter(isOpenStatus)).toEqual([
      'registered',
      'inReview',
      'answerDrafted',
      'extended',
      'paused',
    ]);
  });
});
