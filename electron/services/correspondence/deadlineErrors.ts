import { DeadlineError } from '../../../shared/deadlines';
import { DomainError } from '../../../shared/ipc/result';

/**
 * A deadline the engine cannot compute becomes a DomainError with the key `errors.deadline.<CODE>`:
 * a missing calendar year or a refused extension is a conflict with the data, not a crash. `field`
 * names the form field the error belongs to, when there is one.
 */
export const withDeadlineErrors = <T>(work: () => T, field?: string): T => {
  try {
    return work();
  } catch (error) {
    if (!(error instanceof DeadlineError)) throw error;
    const key = `errors.deadline.${error.code}`;
    if (field) throw new DomainError('VALIDATION', 'errors.validation', { [field]: [key] });
    throw new DomainError('CONFLICT', key);
  }
};
