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
  ImportStart,
  JobRef,
  RecipientAlias,
  RejectionsQuery,
  SubjectCard,
  SubjectPage,
  SubjectQuery,
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

  'subjects:list': { input: SubjectQuery, output: SubjectPage },
  'subjects:get': { input: z.object({ id: Id }), output: SubjectCard },
} as const;
