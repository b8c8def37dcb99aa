import { z } from 'zod';
import { SavedFile } from '../../domain/app';
import { ById, Page } from '../../domain/common';
import {
  BreachAttachmentRef,
  BreachDecisionInput,
  BreachIncident,
  BreachInput,
  BreachSetStatus,
  BreachSeverityInput,
  BreachUpdate,
} from '../../domain/breach';
import { NotificationInput } from '../../domain/breachClock';
import { MailMergeJobRef, MailMergeJobStatus, MailMergeStart } from '../../domain/breachMailMerge';
import { BreachOverview, BreachOverviewQuery, BreachQuery, BreachSummary } from '../../domain/breachQuery';
import {
  ScopeCount,
  ScopeCriteria,
  ScopeSave,
  ScopeSubject,
  ScopeSubjectsQuery,
} from '../../domain/breachScope';
import { SeverityAssessment, SeverityResult } from '../../domain/breachSeverity';

/**
 * Breach incident log: incidents, ENISA 2013 severity, notification clocks, scope from the ledger,
 * notices. Every write is audited in the same transaction (entities breachIncident,
 * breachNotification); nothing is deleted. Errors are `errors.*` / `validation.*` keys.
 */
export const breachesContract = {
  /** Registers an incident: number «ИНЦ-{seq}/{yyyy}» of the organisation's year, status open. */
  'breaches:create': { input: BreachInput, output: BreachIncident },
  /** The incident with its clocks as of now, notifications, scope, severity, attachments. */
  'breaches:get': { input: ById, output: BreachIncident },
  'breaches:list': { input: BreachQuery, output: Page(BreachSummary) },
  'breaches:update': { input: BreachUpdate, output: BreachIncident },
  /** Workflow step; forbidden → CONFLICT errors.breaches.transition. */
  'breaches:setStatus': { input: BreachSetStatus, output: BreachIncident },
  /** Pure ENISA arithmetic for the form (no saving). */
  'breaches:previewSeverity': { input: SeverityAssessment, output: SeverityResult },
  /** Stores the assessment and its result. */
  'breaches:assessSeverity': { input: BreachSeverityInput, output: BreachIncident },
  /** Records the user's decision to notify or not, with its reason. */
  'breaches:decide': { input: BreachDecisionInput, output: BreachIncident },
  /** Records a notification; stops the clocks it answers. With attachFile, opens the file dialog first. */
  'breaches:recordNotification': { input: NotificationInput, output: BreachIncident },
  /** Start page: non-closed incidents with their nearest clock and hours left. */
  'breaches:overview': { input: BreachOverviewQuery, output: BreachOverview },

  /** Number of distinct subjects (and orders) matching the criteria. */
  'breaches:scopeCount': { input: ScopeCriteria, output: ScopeCount },
  /** Paged subjects (name, phones, e-mails, address) of criteria or of a saved scope. */
  'breaches:scopeSubjects': { input: ScopeSubjectsQuery, output: Page(ScopeSubject) },
  /** Saves criteria + subject ids with the incident (replacing any earlier scope); approxSubjects := count. */
  'breaches:saveScope': { input: ScopeSave, output: BreachIncident },

  /** Opens the main-process file dialog; null when cancelled. */
  'breaches:attach': { input: ById, output: BreachIncident.nullable() },
  'breaches:openAttachment': { input: BreachAttachmentRef, output: z.null() },

  /** Starts the mail merge of notices to every subject of the saved scope (progress by polling). */
  'breaches:mailMergeStart': { input: MailMergeStart, output: MailMergeJobRef },
  'breaches:mailMergeJob': { input: MailMergeJobRef, output: MailMergeJobStatus },
  'breaches:mailMergeCancel': { input: MailMergeJobRef, output: z.null() },
  /** Save dialog for a finished merge's PDF; null when cancelled. */
  'breaches:mailMergeSave': { input: MailMergeJobRef, output: SavedFile },
} as const;
