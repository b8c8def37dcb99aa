import { ArrowLeft, ArrowRight } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChosenFile } from '../../../../shared/domain/ledger';
import type { Organisation } from '../../../../shared/domain/organisation';
import type { ColumnMapping, OrderField } from '../../../../shared/imports/fields';
import { checkMapping } from '../../../../shared/imports/mappingCheck';
import { presetById } from '../../../../shared/imports/presets';
import { mutate } from '../../data/queryClient';
import { TextField } from '../../components/Field';
import { ledgerErrorText } from './importText';
import { MappingStatus } from './MappingStatus';
import { MappingTable } from './MappingTable';
import { errorSummary, sameMapping } from './mappingFields';
import { PresetChoice } from './PresetChoice';
import { ProfileOffer } from './ProfileOffer';
import { WizardActions } from './WizardActions';
import { trackJob, type ImportWizardState, type WizardUpdate } from './wizardState';

interface MappingStepProps {
  organisation: Organisation;
  file: ChosenFile;
  state: ImportWizardState;
  update: (update: WizardUpdate) => void;
}

/** Step 2: a preset (ranked for the headers) or a saved profile pre-fills the mapping; every field is editable. */
export function MappingStep({ organisation, file, state, update }: MappingStepProps) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const preset = presetById(state.preset);
  const check = useMemo(
    () => checkMapping(state.mapping, file.headers, state.preset),
    [state.mapping, file.headers, state.preset],
  );
  const { profile } = file;
  const profileMapping = useMemo(
    () => (profile ? checkMapping(profile.mapping, file.headers, profile.preset).mapping : null),
    [profile, file.headers],
  );
  const profileApplied =
    profile !== null &&
    profileMapping !== null &&
    state.preset === profile.preset &&
    sameMapping(state.mapping, profileMapping);

  // A new mapping makes the last scan stale: the main process only accepts a start after a scan of it.
  const setMapping = (mapping: ColumnMapping, extra: Partial<ImportWizardState> = {}) =>
    update((s) => ({ ...s, ...extra, mapping, scan: null }));

  const changeField = (field: OrderField, header: string | undefined) => {
    const others = Object.entries(state.mapping).filter(([f]) => f !== field);
    setMapping(Object.fromEntries(header === undefined ? others : [...others, [field, header]]));
    // The main process's complaint about this field (or about the mapping as a whole) is answered.
    setErrors((all) =>
      Object.fromEntries(
        Object.entries(all).filter(([path]) => path !== `mapping.${field}` && path !== 'mapping'),
      ),
    );
  };

  const next = async () => {
    if (state.scan && state.scan.status?.state === 'done') {
      update((s) => ({ ...s, step: 'values' }));
      return;
    }
    setBusy(true);
    setFormError(null);
    const result = await mutate((api) =>
      api.imports.scan({
        token: file.token,
        organisationId: organisation.id,
        preset: state.preset,
        mapping: state.mapping,
      }),
    );
    setBusy(false);
    if (!result.ok) {
      const fieldErrors = result.error.fieldErrors ?? {};
      setErrors(fieldErrors);
      setFormError([ledgerErrorText(t, result.error), ...errorSummary(t, fieldErrors)].join('. '));
      return;
    }
    setErrors({});
    update((s) => ({ ...s, step: 'values', scan: trackJob(result.value.jobId) }));
  };

  return (
    <>
      {profile && (
        <ProfileOffer
          profile={profile}
          applied={profileApplied}
          onApply={() =>
            profileMapping &&
            setMapping(profileMapping, { preset: profile.preset, profileName: profile.name })
          }
        />
      )}
      <PresetChoice
        candidates={file.candidates}
        selected={state.preset}
        onSelect={(c) => setMapping(c.mapping, { preset: c.presetId })}
      />
      <MappingStatus check={check} />
      <MappingTable
        file={file}
        mapping={state.mapping}
        required={preset.required}
        recommended={preset.recommended}
        errors={errors}
        onChange={changeField}
      />
      <div className="form-grid profile-name">
        <TextField
          label={t('ledger.mapping.profileName')}
          value={state.profileName}
          maxLength={100}
          placeholder={t('ledger.mapping.profileNamePlaceholder')}
          hint={t('ledger.mapping.profileNameHint')}
          onChange={(e) => {
            const profileName = e.target.value;
            update((s) => ({ ...s, profileName }));
          }}
          span2
        />
      </div>
      {formError && (
        <p className="form-error" role="alert">
          {formError}
        </p>
      )}
      <WizardActions
        back={
          <button type="button" className="btn" onClick={() => update((s) => ({ ...s, step: 'file' }))}>
            <ArrowLeft size={14} aria-hidden="true" />
            {t('ledger.wizard.back')}
          </button>
        }
      >
        <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void next()}>
          {t('ledger.mapping.next')}
          <ArrowRight size={14} aria-hidden="true" />
        </button>
      </WizardActions>
    </>
  );
}
