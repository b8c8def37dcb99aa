import { DateField } from '../../../components/dates/DateField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BreachIncident } from '../../../../../shared/domain/breach';
import type { ScopeCriteriaInput } from '../../../../../shared/domain/breachScope';
import { SelectField } from '../../../components/Field';
import { useToast } from '../../../components/Toast';
import { useQuery } from '../../../hooks/useQuery';
import { asLang, showDate, showNumber } from '../../../i18n/format';
import { useSubmit } from '../useSubmit';
import { ScopeSubjectsTable } from './ScopeSubjectsTable';

interface ScopeFinderProps {
  incident: BreachIncident;
  onCancel: () => void;
  onSaved: (incident: BreachIncident) => void;
}

/** Criteria → count and paged list of affected subjects → «Сохранить как охват». */
export function ScopeFinder({ incident, onCancel, onSaved }: ScopeFinderProps) {
  const { t, i18n } = useTranslation();
  const lang = asLang(i18n.language);
  const { notify } = useToast();
  const organisationId = incident.organisationId;
  const [recipientId, setRecipientId] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [importId, setImportId] = useState('');
  const [counted, setCounted] = useState<{
    criteria: ScopeCriteriaInput;
    subjects: number;
    orders: number;
  } | null>(null);
  const counting = useSubmit();
  const saving = useSubmit();
  const recipients = useQuery(`scopeRecipients:${organisationId}`, (api) =>
    api.recipients.list({ organisationId, limit: 500 }),
  );
  const imports = useQuery(`scopeImports:${organisationId}`, (api) =>
    api.imports.history({ organisationId }),
  );

  const criteria: ScopeCriteriaInput = {
    organisationId,
    recipientId: recipientId ? Number(recipientId) : null,
    from,
    to,
    importId: importId ? Number(importId) : null,
  };
  const stale = counted !== null && JSON.stringify(counted.criteria) !== JSON.stringify(criteria);

  const count = async () => {
    const result = await counting.submit((api) => api.breaches.scopeCount(criteria));
    setCounted(result ? { criteria, ...result } : null);
  };
  const save = async () => {
    if (!counted) return;
    const next = await saving.submit((api) =>
      api.breaches.saveScope({ incidentId: incident.id, criteria: counted.criteria }),
    );
    if (next) {
      notify(t('breaches.scope.saved', { formatted: showNumber(next.scope?.subjects ?? 0, lang) }));
      onSaved(next);
    }
  };
  const errors = counting.fieldErrors;

  return (
    <div className="scope-finder">
      <form
        className="form-grid"
        aria-label={t('breaches.scope.criteria')}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void count();
        }}
      >
        <SelectField
          label={t('breaches.scope.recipient')}
          value={recipientId}
          placeholder={t('breaches.scope.anyRecipient')}
          onChange={(e) => setRecipientId(e.target.value)}
          options={(recipients.data?.items ?? []).map((r) => ({ value: String(r.id), label: r.legalName }))}
          error={errors.recipientId}
        />
        <SelectField
          label={t('breaches.scope.import')}
          value={importId}
          placeholder={t('breaches.scope.anyImport')}
          onChange={(e) => setImportId(e.target.value)}
          options={(imports.data ?? [])
            .filter((i) => i.status === 'completed')
            .map((i) => ({
              value: String(i.id),
              label: `${i.fileName} (${showDate(i.startedAt.slice(0, 10))})`,
            }))}
          error={errors.importId}
        />
        <DateField label={t('breaches.scope.from')} value={from} onChange={setFrom} error={errors.from} />
        <DateField label={t('breaches.scope.to')} value={to} onChange={setTo} error={errors.to} />
        <div className="toolbar field-wide">
          <button type="submit" className="btn btn-primary" disabled={counting.busy}>
            {t('breaches.scope.count')}
          </button>
          <button type="button" className="btn" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
      {counting.error && Object.keys(errors).length === 0 && (
        <p className="form-error" role="alert">
          {counting.error}
        </p>
      )}
      {counted && (
        <div className="scope-result">
          <p role="status" className="scope-count">
            {t('breaches.scope.found', {
              subjects: showNumber(counted.subjects, lang),
              orders: showNumber(counted.orders, lang),
            })}
            {stale && <span className="muted"> {t('breaches.scope.stale')}</span>}
          </p>
          <ScopeSubjectsTable
            query={{ criteria: counted.criteria, incidentId: null }}
            label={t('breaches.scope.previewTable')}
          />
          <button
            type="button"
            className="btn btn-primary"
            disabled={saving.busy || stale || counted.subjects === 0}
            onClick={() => void save()}
          >
            {t('breaches.scope.saveAsScope')}
          </button>
          {saving.error && (
            <p className="form-error" role="alert">
              {saving.error}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
