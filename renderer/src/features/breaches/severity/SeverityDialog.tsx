import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BreachIncident } from '../../../../../shared/domain/breach';
import {
  AvailabilityLoss,
  ConfidentialityLoss,
  DpcDataType,
  EaseOfIdentification,
  IntegrityLoss,
  type SeverityAssessment,
} from '../../../../../shared/domain/breachSeverity';
import { Checkbox, SelectField, TextAreaField } from '../../../components/Field';
import { useQuery } from '../../../hooks/useQuery';
import { asLang } from '../../../i18n/format';
import { FormDialog } from '../../correspondence/FormDialog';
import { useSubmit } from '../useSubmit';
import { BandBadge } from './BandBadge';
import { DpcFactorsField } from './DpcFactorsField';

interface SeverityDialogProps {
  incident: BreachIncident;
  onClose: () => void;
  onSaved: (incident: BreachIncident) => void;
}

const initial = (incident: BreachIncident): SeverityAssessment =>
  incident.severity?.assessment ?? {
    dataType: 'simple',
    factors: [],
    ease: 'maximum',
    confidentiality: 'none',
    integrity: 'none',
    availability: 'none',
    malicious: false,
    comment: '',
  };

/** The ENISA choices, with the arithmetic recomputed by the main process as they change. */
export function SeverityDialog({ incident, onClose, onSaved }: SeverityDialogProps) {
  const { t, i18n } = useTranslation();
  const lang = asLang(i18n.language);
  const [a, setA] = useState<SeverityAssessment>(() => initial(incident));
  const { busy, error, fieldErrors, submit } = useSubmit();
  const preview = useQuery(`severity:${JSON.stringify({ ...a, comment: '' })}`, (api) =>
    api.breaches.previewSeverity(a),
  );
  const set = <K extends keyof SeverityAssessment>(key: K, value: SeverityAssessment[K]) =>
    setA((prev) => ({ ...prev, [key]: value }));
  const options = <V extends string>(values: readonly V[], prefix: string) =>
    values.map((v) => ({ value: v, label: t(`${prefix}.${v}` as 'breaches.severity.dataType.simple') }));

  const save = async () => {
    const next = await submit((api) => api.breaches.assessSeverity({ id: incident.id, assessment: a }));
    if (next) onSaved(next);
  };

  return (
    <FormDialog
      title={t('breaches.severity.dialogTitle', { number: incident.number })}
      submitLabel={t('breaches.severity.save')}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onClose={onClose}
      busy={busy}
      error={error}
      size="large"
    >
      <div className="form-grid">
        <SelectField
          label={t('breaches.severity.fields.dataType')}
          required
          value={a.dataType}
          onChange={(e) => set('dataType', DpcDataType.parse(e.target.value))}
          options={options(DpcDataType.options, 'breaches.severity.dataType')}
          error={fieldErrors.dataType}
          hint={t(`breaches.severity.examples.${a.dataType}`)}
          data-autofocus
        />
        <SelectField
          label={t('breaches.severity.fields.ease')}
          required
          value={a.ease}
          onChange={(e) => set('ease', EaseOfIdentification.parse(e.target.value))}
          options={options(EaseOfIdentification.options, 'breaches.severity.ease')}
          error={fieldErrors.ease}
        />
        <DpcFactorsField value={a.factors} onChange={(v) => set('factors', v)} error={fieldErrors.factors} />
        <SelectField
          label={t('breaches.severity.fields.confidentiality')}
          value={a.confidentiality}
          onChange={(e) => set('confidentiality', ConfidentialityLoss.parse(e.target.value))}
          options={options(ConfidentialityLoss.options, 'breaches.severity.confidentiality')}
        />
        <SelectField
          label={t('breaches.severity.fields.integrity')}
          value={a.integrity}
          onChange={(e) => set('integrity', IntegrityLoss.parse(e.target.value))}
          options={options(IntegrityLoss.options, 'breaches.severity.integrity')}
        />
        <SelectField
          label={t('breaches.severity.fields.availability')}
          value={a.availability}
          onChange={(e) => set('availability', AvailabilityLoss.parse(e.target.value))}
          options={options(AvailabilityLoss.options, 'breaches.severity.availability')}
        />
        <div className="field">
          <Checkbox
            label={t('breaches.severity.fields.malicious')}
            checked={a.malicious}
            onChange={(e) => set('malicious', e.target.checked)}
          />
        </div>
        <TextAreaField
          label={t('breaches.severity.fields.comment')}
          value={a.comment}
          onChange={(e) => set('comment', e.target.value)}
          error={fieldErrors.comment}
        />
      </div>
      <div className="severity-preview" role="status" aria-label={t('breaches.severity.previewLabel')}>
        {preview.data && (
          <>
            <BandBadge band={preview.data.band} />{' '}
            <span>{lang === 'ru' ? preview.data.arithmeticRu : preview.data.arithmeticEn}</span>
          </>
        )}
      </div>
    </FormDialog>
  );
}
