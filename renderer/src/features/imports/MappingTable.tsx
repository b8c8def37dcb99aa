import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChosenFile } from '../../../../shared/domain/ledger';
import type { ColumnMapping, OrderField } from '../../../../shared/imports/fields';
import { messageText } from './importText';
import { fieldGroups, mappingErrors, sampleValue } from './mappingFields';

interface MappingTableProps {
  file: ChosenFile;
  mapping: ColumnMapping;
  required: readonly OrderField[];
  recommended: readonly OrderField[];
  /** Field errors of the main process (`mapping.<field>`, `mapping.identity`). */
  errors: Record<string, string[]>;
  onChange: (field: OrderField, header: string | undefined) => void;
}

/** One select per canonical field listing the file's headers by name, with a sample value of the column. */
export function MappingTable({ file, mapping, required, recommended, errors, onChange }: MappingTableProps) {
  const { t } = useTranslation();
  const baseId = useId();
  const identityError = errors['mapping.identity']?.[0];
  const wrapRef = useRef<HTMLDivElement>(null);

  // After the main process refused the mapping, keyboard users land on the first field it named.
  useEffect(() => {
    if (Object.keys(errors).length === 0) return;
    wrapRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], .group-error-row')?.scrollIntoView({
      block: 'center',
    });
    wrapRef.current
      ?.querySelector<HTMLElement>('select[aria-invalid="true"]')
      ?.focus({ preventScroll: true });
  }, [errors]);

  const row = (field: OrderField) => {
    const id = `${baseId}-${field}`;
    const error = mappingErrors(errors, field);
    const sample = sampleValue(file, mapping[field]);
    return (
      <tr key={field}>
        <th scope="row">
          <label htmlFor={id}>
            {t(`ledger.fields.${field}`)}
            {required.includes(field) && (
              <span className="field-required" aria-hidden="true">
                {' *'}
              </span>
            )}
          </label>
          {recommended.includes(field) && (
            <div className="muted small">{t('ledger.mapping.recommended')}</div>
          )}
        </th>
        <td>
          <select
            id={id}
            value={mapping[field] ?? ''}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            aria-required={required.includes(field) || undefined}
            onChange={(e) => onChange(field, e.target.value === '' ? undefined : e.target.value)}
          >
            <option value="">{t('ledger.mapping.notLoaded')}</option>
            {file.headers.map((header, i) =>
              header === '' ? null : (
                <option key={`${i}:${header}`} value={header}>
                  {header}
                </option>
              ),
            )}
          </select>
          {error && (
            <p id={`${id}-error`} className="field-error" role="alert">
              {messageText(t, error)}
            </p>
          )}
        </td>
        <td className="mapping-sample" title={sample || undefined}>
          {sample || <span className="muted">—</span>}
        </td>
      </tr>
    );
  };

  return (
    <div className="table-wrap" ref={wrapRef}>
      <table className="data-table is-static mapping-table" aria-label={t('ledger.mapping.tableLabel')}>
        <thead>
          <tr>
            <th scope="col" className="col-field">
              {t('ledger.mapping.columns.field')}
            </th>
            <th scope="col" className="col-header">
              {t('ledger.mapping.columns.header')}
            </th>
            <th scope="col">{t('ledger.mapping.columns.sample')}</th>
          </tr>
        </thead>
        {fieldGroups.map((group) => (
          <tbody key={group.id} className="mapping-group">
            <tr className="group-row">
              <th scope="rowgroup" colSpan={3}>
                {t(`ledger.mapping.groups.${group.id}`)}
                {group.id === 'buyer' && (
                  <span className="group-note"> — {t('ledger.mapping.identityNote')}</span>
                )}
              </th>
            </tr>
            {group.id === 'buyer' && identityError && (
              <tr className="group-error-row">
                <td colSpan={3}>
                  <p className="field-error" role="alert">
                    {messageText(t, identityError)}
                  </p>
                </td>
              </tr>
            )}
            {group.fields.map(row)}
          </tbody>
        ))}
      </table>
    </div>
  );
}
