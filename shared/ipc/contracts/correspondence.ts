import { z } from 'zod';
import { SavedFile } from '../../domain/app';
import { ById, Page } from '../../domain/common';
import {
  AttachmentRef,
  CorrespondenceInput,
  CorrespondenceItem,
  CorrespondenceUpdate,
  ExtendInput,
  IdentityVerificationInput,
  LinkSubjectInput,
  PauseInput,
  ResumeInput,
  SetStatusInput,
} from '../../domain/correspondence';
import {
  Answer,
  AnswerCreate,
  AnswerList,
  AnswerMarkSent,
  AnswerRegister,
  AnswerTemplateQuery,
  AnswerUpdate,
  PdfVerification,
} from '../../domain/correspondenceAnswer';
import {
  BlockCreate,
  BlockEnd,
  BlockQuery,
  BlocksForSubjects,
  SubjectBlock,
} from '../../domain/correspondenceBlock';
import {
  CalendarCorrection,
  CalendarCorrectionResult,
  CalendarRef,
  CalendarSummary,
  CalendarYear,
} from '../../domain/correspondenceCalendar';
import {
  DeadlinePreview,
  DeadlinePreviewInput,
  RuleOption,
  RulesQuery,
} from '../../domain/correspondenceDeadline';
import {
  CorrespondenceQuery,
  CorrespondenceSummary,
  DeadlineOverview,
  OverviewQuery,
} from '../../domain/correspondenceQuery';
import {
  CorrespondenceSettings,
  CorrespondenceSettingsQuery,
  CorrespondenceSettingsUpdate,
} from '../../domain/correspondenceSettings';
import { NoInput } from './noInput';

const AnswerTemplate = Answer.pick({
  decision: true,
  addresseeName: true,
  addresseeAddress: true,
  heading: true,
  blocks: true,
  signatoryPosition: true,
  signatoryName: true,
  executorName: true,
  executorContact: true,
});

/**
 * Claims and data-subject requests, deadlines and written answers. Every write is audited
 * (entities correspondenceItem, correspondenceAnswer, subjectBlock, workingCalendar,
 * correspondenceSettings); nothing is ever deleted. Errors are `errors.*` / `validation.*` keys.
 */
export const correspondenceContract = {
  // Incoming register
  /** Registers an item: next number of the organisation's year, deadline with its basis; a blocking request also blocks the subject. */
  'correspondence:register': { input: CorrespondenceInput, output: CorrespondenceItem },
  'correspondence:get': { input: ById, output: CorrespondenceItem },
  /** Records how the requester's identity was verified (required before an answer that discloses data is sent). */
  'correspondence:verifyIdentity': { input: IdentityVerificationInput, output: CorrespondenceItem },
  /** Server-side paging, filters (kind, status, organisation, due), FTS search; rows carry the countdown. */
  'correspondence:list': { input: CorrespondenceQuery, output: Page(CorrespondenceSummary) },
  /** Edits (not kind/number); a new received date, rule or start date recomputes the deadline. */
  'correspondence:update': { input: CorrespondenceUpdate, output: CorrespondenceItem },
  /** Manual workflow step; a step the workflow forbids is CONFLICT errors.correspondence.transition. */
  'correspondence:setStatus': { input: SetStatusInput, output: CorrespondenceItem },
  /** Extension with reason (rule's unit, up to its amount); status → extended; due date recomputed. */
  'correspondence:extend': { input: ExtendInput, output: CorrespondenceItem },
  /** Pause with reason: without `to` it runs (status paused) until resume; due date recomputed. */
  'correspondence:pause': { input: PauseInput, output: CorrespondenceItem },
  'correspondence:resume': { input: ResumeInput, output: CorrespondenceItem },
  'correspondence:linkSubject': { input: LinkSubjectInput, output: CorrespondenceItem },
  /** Opens the main-process file dialog; null when cancelled. */
  'correspondence:attach': { input: ById, output: CorrespondenceItem.nullable() },
  'correspondence:detach': { input: AttachmentRef, output: CorrespondenceItem },
  'correspondence:openAttachment': { input: AttachmentRef, output: z.null() },
  'correspondence:getSettings': { input: CorrespondenceSettingsQuery, output: CorrespondenceSettings },
  'correspondence:updateSettings': { input: CorrespondenceSettingsUpdate, output: CorrespondenceSettings },

  // Deadlines
  /** Rules to choose from for a kind in the organisation's country (default marked). */
  'deadlines:rules': { input: RulesQuery, output: z.array(RuleOption) },
  /** The due date an item would get, for the registration form. */
  'deadlines:preview': { input: DeadlinePreviewInput, output: DeadlinePreview },
  /** Start page: overdue / due today / due this week, with days and hours left. */
  'deadlines:overview': { input: OverviewQuery, output: DeadlineOverview },

  // Working-day calendars (settings screen)
  'calendars:list': { input: NoInput, output: z.array(CalendarSummary) },
  'calendars:get': { input: CalendarRef, output: CalendarYear },
  /** Saves a corrected year as a new version; open items' deadlines are recomputed. */
  'calendars:correct': { input: CalendarCorrection, output: CalendarCorrectionResult },

  // Blocks of subjects' data
  'blocks:list': { input: BlockQuery, output: z.array(SubjectBlock) },
  'blocks:forSubjects': { input: BlocksForSubjects, output: z.array(SubjectBlock) },
  'blocks:create': { input: BlockCreate, output: SubjectBlock },
  'blocks:end': { input: BlockEnd, output: SubjectBlock },

  // Written answers
  /** A new letter from the template for the item's kind and the decision; item → answerDrafted. */
  'answers:create': { input: AnswerCreate, output: Answer },
  'answers:get': { input: ById, output: Answer },
  /** Every letter and version of an item, by letter (chainId) then version. */
  'answers:list': { input: AnswerList, output: z.array(Answer) },
  /** The template's text for a decision, without saving (reset to template). */
  'answers:template': { input: AnswerTemplateQuery, output: AnswerTemplate },
  /** Saves edits; on a sent letter creates and returns the next version instead. */
  'answers:update': { input: AnswerUpdate, output: Answer },
  /** Assigns the outgoing number and date (print and sign before sending). */
  'answers:register': { input: AnswerRegister, output: Answer },
  /** Freezes the letter: PDF + SHA-256 stored, date and channel recorded; final decision → item answered. */
  'answers:markSent': { input: AnswerMarkSent, output: Answer },
  /** Save dialog; a sent letter is saved from its frozen PDF. Null when cancelled. */
  'answers:savePdf': { input: ById, output: SavedFile },
  /** Opens a sent letter's frozen PDF in the system viewer. */
  'answers:openPdf': { input: ById, output: z.null() },
  /** Re-hashes the frozen PDF against the stored SHA-256. */
  'answers:verifyPdf': { input: ById, output: PdfVerification },
} as const;
