import { useTranslation } from 'react-i18next';
import type { ImportJobStatus } from '../../../../shared/domain/ledger';
import { asLang, showNumber } from '../../i18n/format';

type Counts = ImportJobStatus['counts'];

const shown = [
  'rowsRead',
  'imported',
  'duplicates',
  'rejected',
  'warnings',
  'subjectsCreated',
  'transfersCreated',
] as const satisfies readonly (keyof Counts)[];

/** The counters of a running or finished import as a row of figures. */
export function ImportCounts({ counts, label }: { counts: Counts; label: string }) {
  const { t, i18n } = useTranslation();
  const lang = asLang(i18n.language);
  return (
    <dl className="import-counts" aria-label={label}>
      {shown.map((key) => (
        <div key={key} className={counts[key] > 0 ? `import-count import-count-${key}` : 'import-count'}>
          <dt>{t(`ledger.counts.${key}`)}</dt>
          <dd>{showNumber(counts[key], lang)}</dd>
        </div>
      ))}
    </dl>
  );
}
