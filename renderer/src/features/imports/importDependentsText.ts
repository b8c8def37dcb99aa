import type { TFunction } from 'i18next';
import type { ImportDependents } from '../../../../shared/domain/importUndo';

/** The records that hold an import undo back, named in the officer's language. */
export const importDependentsText = (t: TFunction, d: ImportDependents): string =>
  [
    ...d.claims.map((number) => t('identity.undoImport.dependents.claim', { number })),
    ...d.incidents.map((number) => t('identity.undoImport.dependents.incident', { number })),
    ...d.laterImports.map((file) => t('identity.undoImport.dependents.laterImport', { file })),
    ...d.changes.map((id) => t('identity.undoImport.dependents.change', { id })),
    ...(d.blocks > 0 ? [t('identity.undoImport.dependents.blocks', { n: d.blocks })] : []),
    ...d.noticeBatches.map((id) => t('identity.undoImport.dependents.noticeBatch', { id })),
  ].join('; ');
