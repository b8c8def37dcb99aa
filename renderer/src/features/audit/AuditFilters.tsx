import { useTranslation } from 'react-i18next';
import { AuditAction, AuditEntity } from '../../../../shared/domain/audit';
import { DateField } from '../../components/dates/DateField';
import { SelectField, TextField } from '../../components/Field';
import { translateKey } from '../../i18n/messages';
import { emptyAuditFilter, type AuditFilterState } from './auditFilterState';

interface AuditFiltersProps {
  value: AuditFilterState;
  onChange: (next: AuditFilterState) => void;
}

/** Record, person, date and action filters of the audit trail. */
export function AuditFilters({ value, onChange }: AuditFiltersProps) {
  const { t } = useTranslation();
  const set = <K extends keyof AuditFilterState>(key: K, v: AuditFilterState[K]) =>
    onChange({ ...value, [key]: v });
  return (
    <form
      className="filters audit-filters"
      aria-label={t('auditTrail.filters.label')}
      onSubmit={(e) => e.preventDefault()}
    >
      <SelectField
        label={t('auditTrail.filters.entity')}
        value={value.entity}
        placeholder={t('auditTrail.filters.any')}
        options={AuditEntity.options.map((e) => ({
          value: e,
          label: translateKey(t, `auditTrail.entities.${e}`),
        }))}
        onChange={(e) => set('entity', e.target.value as AuditFilterState['entity'])}
      />
      <TextField
        label={t('auditTrail.filters.entityId')}
        inputMode="numeric"
        value={value.entityId}
        onChange={(e) => set('entityId', e.target.value.replace(/\D/g, ''))}
      />
      <SelectField
        label={t('auditTrail.filters.action')}
        value={value.action}
        placeholder={t('auditTrail.filters.any')}
        options={AuditAction.options.map((a) => ({ value: a, label: translateKey(t, `audit.actions.${a}`) }))}
        onChange={(e) => set('action', e.target.value as AuditFilterState['action'])}
      />
      <TextField
        label={t('auditTrail.filters.person')}
        placeholder={t('auditTrail.filters.personPlaceholder')}
        value={value.person}
        onChange={(e) => set('person', e.target.value)}
      />
      <TextField
        label={t('auditTrail.filters.search')}
        type="search"
        value={value.search}
        onChange={(e) => set('search', e.target.value)}
      />
      <DateField label={t('auditTrail.filters.from')} value={value.from} onChange={(v) => set('from', v)} />
      <DateField label={t('auditTrail.filters.to')} value={value.to} onChange={(v) => set('to', v)} />
      {/* Offered once something narrows the log, as on every list. */}
      {JSON.stringify(value) !== JSON.stringify(emptyAuditFilter) && (
        <div className="filters-actions">
          <button type="button" className="btn" onClick={() => onChange(emptyAuditFilter)}>
            {t('auditTrail.filters.reset')}
          </button>
        </div>
      )}
    </form>
  );
}
