import { z } from 'zod';
import { Id, Page } from '../../domain/common';
import { SavedFile } from '../../domain/app';
import {
  ChosenFile,
  ForcedEncoding,
  ImportFileRef,
  ImportJobStatus,
  ImportProfile,
  ImportRecord,
  ImportRejection,
  ImportSetup,
  ImportUndoOutcome,
  ImportStart,
  JobRef,
  RecipientAlias,
  RejectionsQuery,
  MergeSubjects,
  NewSubject,
  PossibleMatch,
  PossibleMatchQuery,
  SplitSubject,
  SubjectCard,
  SubjectPage,
  SubjectQuery,
  SubjectRole,
} from '../../domain/ledger';

const ByOrganisation = z.object({ organisationId: Id });

/** Imports of shop exports and the subjects ledger. */
export const ledgerContract = {
  /** Opens the file dialog and sniffs the chosen file; null when the user cancelled. */
  'imports:chooseFile': { input: ByOrganisation, output: ChosenFile.nullable() },
  /** Re-reads a chosen file with a forced encoding (e.g. KZ-1048). */
  'imports:resniff': {
    input: ImportFileRef.extend({ organisationId: Id, encoding: ForcedEncoding }),
    output: ChosenFile,
  },
  /** Starts a worker that lists the distinct delivery/payment values with row counts. */
  'imports:scan': { input: ImportSetup, output: JobRef },
  /** Starts the import in a worker; refuses while values of the last scan are unmapped. */
  'imports:start': { input: ImportStart, output: JobRef },
  'imports:job': { input: JobRef, output: ImportJobStatus },
  'imports:cancel': { input: JobRef, output: z.null() },
  'imports:history': { input: ByOrganisation, output: z.array(ImportRecord) },
  'imports:rejections': { input: RejectionsQuery, output: Page(ImportRejection) },
  /** Saves the rejected-rows report as CSV; null when the user cancelled. */
  'imports:exportRejections': { input: z.object({ importId: Id }), output: SavedFile },
  'imports:profiles': { input: ByOrganisation, output: z.array(ImportProfile) },
  'imports:aliases': { input: ByOrganisation, output: z.array(RecipientAlias.extend({ key: z.string() })) },
  'imports:setAlias': { input: RecipientAlias, output: z.null() },

  /** Undoes a completed import in one audited transaction; refused, naming them, when later records depend on it. */
  'imports:undo': { input: z.object({ importId: Id }), output: ImportUndoOutcome },

  'subjects:list': { input: SubjectQuery, output: SubjectPage },
  'subjects:get': { input: z.object({ id: Id }), output: SubjectCard },
  /** A person who wrote in but is in no export. */
  'subjects:create': { input: NewSubject, output: z.object({ id: Id }) },
  'subjects:merge': { input: MergeSubjects, output: z.object({ changeId: Id }) },
  'subjects:split': { input: SplitSubject, output: z.object({ changeId: Id, subjectId: Id }) },
  'subjects:undoChange': { input: z.object({ changeId: Id }), output: z.null() },
  /** The «Возможные совпадения» review queue. */
  'subjects:possibleMatches': { input: PossibleMatchQuery, output: Page(PossibleMatch) },
  'subjects:dismissMatch': { input: z.object({ id: Id }), output: z.null() },
  /** The subjects whose data a recipient received (the reverse of the subject card). */
  'subjects:byRecipient': {
    input: z.object({
      recipientId: Id,
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(200).default(50),
    }),
    output: Page(
      z.object({
        id: Id,
        fullName: z.string(),
        roles: z.array(SubjectRole),
        transfers: z.number().int(),
        firstTransferOn: z.string().nullable(),
        lastTransferOn: z.string().nullable(),
      }),
    ),
  },
  'subjects:exportByRecipient': { input: z.object({ recipientId: Id }), output: SavedFile },
} as const;
