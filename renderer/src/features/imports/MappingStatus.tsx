import { useTranslation } from 'react-i18next';
import type { RequiredSlot } from '../../../../shared/imports/detectPreset';
import type { MappingCheck } from '../../../../shared/imports/mappingCheck';

/** Live check of the mapping: what is missing (blocks the import) and what is recommended. */
export function MappingStatus({ check }: { check: MappingCheck }) {
  const { t } = useTranslation();
  const slot = (s: RequiredSlot) =>
    s === 'identity' ? t('ledger.mapping.identitySlot') : t(`ledger.fields.${s}`);
  const required = check.missingRequired.map(slot);
  const recommended = check.missingRecommended.map(slot);

  if (required.length === 0 && recommended.length === 0 && check.reusedHeaders.length === 0) {
    return (
      <p className="mapping-status mapping-status-ok" role="status">
        {t('ledger.mapping.allMapped')}
      </p>
    );
  }
  return (
    <div className="mapping-status-list" role="status">
      {required.length > 0 && (
        <p className="mapping-status mapping-status-error">
          {t('ledger.mapping.missingRequired', { fields: required.join(', ') })}
        </p>
      )}
      {check.reusedHeaders.length > 0 && (
        <p className="mapping-status mapping-status-error">
          {t('ledger.mapping.reusedHeaders', {
            headers: check.reusedHeaders.map((h) => `«${h}»`).join(', '),
          })}
        </p>
      )}
      {recommended.length > 0 && (
        <p className="mapping-status mapping-status-warning">
          {t('ledger.mapping.missingRecommended', { fields: recommended.join(', ') })}
        </p>
      )}
    </div>
  );
}
