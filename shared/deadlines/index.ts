export { CalendarFile, DayName, type CalendarFileInput } from './calendarSchema';
export { computeDeadline } from './compute';
export {
  dateStatus,
  daysLeft,
  deadlineStatus,
  hoursLeft,
  instantStatus,
  type DeadlineStatus,
} from './countdown';
export { CalendarCoverageError, DeadlineError, type DeadlineErrorCode } from './errors';
export {
  DeadlineKind,
  DeadlineRule,
  DeadlineRules,
  DeadlineUnit,
  ExtensionUnit,
  POLICY_CLAUSE_PLACEHOLDER,
  RuleJurisdiction,
  StartEvent,
  renderCitation,
  type DeadlineRuleInput,
} from './ruleSchema';
export {
  DeadlineBasis,
  DeadlineExtension,
  DeadlinePause,
  type DeadlineInput,
  type DeadlineResult,
  type DeadlineStep,
  type DeadlineWarning,
  type DeadlineWarningCode,
} from './types';
export { createWorkingCalendar, type WorkingCalendar } from './workingCalendar';
