import type { DocumentKind } from '../../../../../shared/domain/documents';

export const DOCUMENT_KINDS = [
  'breachNoticeRu24',
  'breachNoticeRu72',
  'breachNoticeKz',
  'breachNoticeKg',
  'breachReport',
] as const satisfies readonly DocumentKind[];
export type BreachDocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Notices that belong to the incident's jurisdiction (the report always does). */
export const kindsFor = (jurisdiction: 'KG' | 'KZ' | 'RU'): readonly BreachDocumentKind[] =>
  DOCUMENT_KINDS.filter((k) =>
    k === 'breachReport'
      ? true
      : k === 'breachNoticeKz'
        ? jurisdiction === 'KZ'
        : k === 'breachNoticeKg'
          ? jurisdiction === 'KG'
          : jurisdiction === 'RU',
  );
