/** Why a policy file could not be read; `errors.policy.<reason>` is the message shown to the officer. */
export type PolicyFileReason =
  | 'tooLarge'
  | 'empty'
  | 'unsupported'
  | 'notText'
  | 'damaged'
  | 'noTextLayer'
  | 'encrypted'
  | 'tooSlow'
  | 'noText';

export class PolicyFileError extends Error {
  constructor(readonly reason: PolicyFileReason) {
    super(`errors.policy.${reason}`);
    this.name = 'PolicyFileError';
  }
}
