import type { DocumentKind, DocumentRequestOf } from '../../../shared/domain/documents';
import type { PrintSettings } from '../../../shared/documents/print';
import type { AppContext } from '../../context';

export interface RenderedDocument {
  html: string;
  print: PrintSettings;
  /** Suggested file name for "Save as PDF". */
  defaultName: string;
  /** Throws a DomainError when the document may be previewed but not printed or saved (unfinished). */
  beforePrint?: () => void;
}

export type DocumentRenderer<K extends DocumentKind> = (
  ctx: AppContext,
  request: DocumentRequestOf<K>,
) => Promise<RenderedDocument>;

export type DocumentRenderers<K extends DocumentKind> = { [P in K]: DocumentRenderer<P> };

/** A file name without characters Windows and Linux refuse. */
export const safeFileName = (name: string): string =>
  name
    .replace(/[\\/:*?"<>|«»]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
