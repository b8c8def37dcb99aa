import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChosenFile } from '../../../../shared/domain/ledger';
import { ForcedEncoding } from '../../../../shared/imports/fileTypes';
import { Detail } from '../../components/Layout';
import { asLang, showBytes, showNumber } from '../../i18n/format';

const encodingSources = ['bom', 'utf8', 'kazakhLetters', 'fallback', 'forced'] as const;
const delimiterKeys = { ',': 'comma', ';': 'semicolon', '\t': 'tab' } as const;

const knownSource = (source: string | null) => encodingSources.find((s) => s === source);
const delimiterKey = (delimiter: string | null) =>
  delimiter === ',' || delimiter === ';' || delimiter === '\t' ? delimiterKeys[delimiter] : undefined;

interface FileSummaryProps {
  file: ChosenFile;
  busy: boolean;
  onEncodingChange: (encoding: ForcedEncoding) => void;
}

/** What was detected in the chosen file; the encoding can be forced when the text looks wrong. */
export function FileSummary({ file, busy, onEncodingChange }: FileSummaryProps) {
  const { t, i18n } = useTranslation();
  const lang = asLang(i18n.language);
  const encodingId = useId();
  const hintId = useId();
  const source = knownSource(file.encodingSource);
  const delimiter = delimiterKey(file.delimiter);

  return (
    <dl className="details file-facts">
      <Detail label={t('ledger.file.name')} wide>
        <span className="file-name">{file.fileName}</span>
      </Detail>
      <Detail label={t('ledger.file.size')}>{showBytes(file.fileSize, t, lang)}</Detail>
      <Detail label={t('ledger.file.format')}>{t(`ledger.formats.${file.format}`)}</Detail>
      <div className="detail">
        <dt>
          <label htmlFor={encodingId}>{t('ledger.file.encoding')}</label>
        </dt>
        <dd>
          {file.encoding === null ? (
            t('ledger.file.encodingNotNeeded')
          ) : (
            <>
              <select
                id={encodingId}
                className="encoding-select"
                value={file.encoding}
                aria-busy={busy}
                aria-describedby={source ? hintId : undefined}
                onChange={(e) => {
                  const parsed = ForcedEncoding.safeParse(e.target.value);
                  if (parsed.success) onEncodingChange(parsed.data);
                }}
              >
                {file.encoding === 'utf16le' && (
                  <option value="utf16le" disabled>
                    {t('ledger.encodings.utf16le')}
                  </option>
                )}
                {ForcedEncoding.options.map((e) => (
                  <option key={e} value={e}>
                    {t(`ledger.encodings.${e}`)}
                  </option>
                ))}
              </select>
              {source && (
                <p id={hintId} className="field-hint">
                  {t(`ledger.encodingSources.${source}`)}
                </p>
              )}
            </>
          )}
        </dd>
      </div>
      <Detail label={t('ledger.file.delimiter')}>
        {delimiter ? t(`ledger.delimiters.${delimiter}`) : t('ledger.file.delimiterNone')}
      </Detail>
      <Detail label={t('ledger.file.headerLine')}>
        {t('ledger.file.headerLineValue', {
          line: showNumber(file.headerLine, lang),
          columns: showNumber(file.headers.length, lang),
        })}
      </Detail>
      <Detail label={t('ledger.file.duplicateHeaders')}>
        {file.duplicateHeaders.length === 0 ? (
          t('ledger.file.noDuplicates')
        ) : (
          <ul className="plain-list">
            {file.duplicateHeaders.map((d) => (
              <li key={d.column}>
                {t('ledger.file.duplicateItem', {
                  column: String(d.column),
                  header: d.header,
                  renamedTo: d.renamedTo,
                })}
              </li>
            ))}
          </ul>
        )}
      </Detail>
    </dl>
  );
}
