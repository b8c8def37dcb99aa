import type { Queryable } from '../connection';

/**
 * Records which policy version an answer cites. A sent answer is frozen by its trigger, so this
 * runs only while the answer is a draft (on creation, or on the new version of a sent letter).
 */
export const setAnswerPolicyVersion = async (q: Queryable, answerId: number, versionId: number | null) => {
  await q.run(
    "UPDATE correspondence_answers SET policy_version_id = :versionId WHERE id = :answerId AND state <> 'sent'",
    { answerId, versionId },
  );
};
