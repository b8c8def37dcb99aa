import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChosenFile } from '../../../../shared/domain/ledger';
import { messageText } from './importText';

type PreviewItem = ChosenFile['preview'][number];
type PreviewError = Extract<PreviewItem, { error: unknown }>['error'];

/** The first rows exactly as the import will read them; a row the import would reject says why. */
export function FilePreview({ file }: { file: ChosenFile }) {
  const { t } = useTranslation();
  const headingId = useId();
  if (file.headersOnly) return <p className="notice">{t('ledger.file.headersOnly')}</p>;

  const describe = (error: PreviewError) =>
    [
      messageText(t, error.reason),
      error.column ? t('ledger.file.errorColumn', { column: error.column }) : '',
      error.expected !== undefined && error.found !== undefined
        ? t('ledger.file.errorColumns', { expected: String(error.expected), found: String(error.found) })
        : '',
    ]
      .filter(Boolean)
      .join('; ');

  const errors = file.preview.filter((item) => 'error' in item).length;
  return (
    <div className="file-preview">
      <h3 id={headingId} className="subheading">
        {t('ledger.file.preview', { n: String(file.preview.length) })}
        {errors > 0 && (
          <span className="preview-errors"> · {t('ledger.file.previewErrors', { n: String(errors) })}</span>
        )}
      </h3>
      <div className="table-wrap preview-wrap" role="region" aria-labelledby={headingId} tabIndex={0}>
        <table className="data-table is-static preview-table" aria-label={t('ledger.file.previewLabel')}>
          <thead>
            <tr>
              <th scope="col" className="num">
                {t('ledger.file.line')}
              </th>
              {file.headers.map((header, i) => (
                <th key={`${i}:${header}`} scope="col">
                  {header || t('ledger.file.noHeader', { column: String(i + 1) })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {file.preview.map((item, index) =>
              'error' in item ? (
                <tr key={`${index}:${item.line}`} className="preview-error-row">
                  <td className="num">{item.line}</td>
                  <td colSpan={Math.max(1, file.headers.length)}>
                    <span className="row-error">
                      <span className="visually-hidden">{t('ledger.file.rowRejected')}: </span>
                      {describe(item.error)}
                    </span>
                  </td>
                </tr>
              ) : (
                <tr key={`${index}:${item.line}`}>
                  <td className="num muted">{item.line}</td>
                  {file.headers.map((header, i) => (
                    <td key={`${i}:${header}`} title={item.values[header]}>
                      {item.values[header] ?? ''}
                    </td>
                  ))}
                </tr>
              ),
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
