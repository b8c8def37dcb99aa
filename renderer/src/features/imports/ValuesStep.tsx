import { ArrowLeft } from 'lucide-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AliasValue, ChosenFile } from '../../../../shared/domain/ledger';
import type { Organisation } from '../../../../shared/domain/organisation';
import { mutate } from '../../data/queryClient';
import { ErrorBlock } from '../../components/Layout';
import { useToast } from '../../components/Toast';
import { useAction } from '../../hooks/useAction';
import { useQuery } from '../../hooks/useQuery';
import { asLang, showInstant, showNumber } from '../../i18n/format';
import { jobErrorText, ledgerErrorText } from './importText';
import { NewRecipientDialog } from './NewRecipientDialog';
import { ProgressBar } from './ProgressBar';
import { useValueMappings } from './useValueMappings';
import { ValueTable } from './ValueTable';
import { WizardActions } from './WizardActions';
import { trackJob, type ImportWizardState, type TrackedJob, type WizardUpdate } from './wizardState';

interface ValuesStepProps {
  organisation: Organisation;
  file: ChosenFile;
  scan: TrackedJob;
  state: ImportWizardState;
  update: (update: WizardUpdate) => void;
}

/** Step 3: the scan lists the delivery and payment values; each must be mapped before the import starts. */
export function ValuesStep({ organisation, file, scan, state, update }: ValuesStepProps) {
  const { t, i18n } = useTranslation();
  const lang = asLang(i18n.language);
  const { notify } = useToast();
  const { busy, run } = useAction();
  const organisationId = organisation.id;
  const status = scan.status;
  const done = status?.state === 'done';
  const [creating, setCreating] = useState<AliasValue | null>(null);
  const [startError, setStartError] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const [confirmReimport, setConfirmReimport] = useState(false);
  const unmappedId = useId();
  const { aliases, mappingOf, assign, busy: assigning } = useValueMappings(organisationId, scan.jobId, done);
  const recipients = useQuery(`import-recipients:${organisationId}`, (api) =>
    api.recipients.list({ organisationId, limit: 500 }),
  );

  const rescan = async () => {
    setStartError(null);
    const { token } = file;
    const result = await run((api) =>
      api.imports.scan({ token, organisationId, preset: state.preset, mapping: state.mapping }),
    );
    if (result.ok) update((s) => ({ ...s, scan: trackJob(result.value.jobId) }));
  };

  const start = async () => {
    setStarting(true);
    setStartError(null);
    const result = await mutate((api) =>
      api.imports.start({
        token: file.token,
        organisationId,
        preset: state.preset,
        mapping: state.mapping,
        profileName: state.profileName.trim(),
        confirmReimport,
      }),
    );
    setStarting(false);
    if (!result.ok) setStartError(ledgerErrorText(t, result.error));
    else update((s) => ({ ...s, step: 'run', run: trackJob(result.value.jobId) }));
  };

  const values = status?.values ?? [];
  const unmapped = done && aliases.data ? values.filter((v) => mappingOf(v) === undefined).length : null;
  const failure = scan.error
    ? ledgerErrorText(t, scan.error)
    : status?.error && status.state !== 'done'
      ? jobErrorText(t, status.error)
      : null;
  const back = (
    <button type="button" className="btn" onClick={() => update((s) => ({ ...s, step: 'mapping' }))}>
      <ArrowLeft size={14} aria-hidden="true" />
      {t('ledger.wizard.back')}
    </button>
  );

  return (
    <>
      <p className="wizard-lead">{t('ledger.values.lead')}</p>
      {!done && !failure && (
        <div className="scan-progress">
          <ProgressBar percent={status?.percent ?? 0} label={t('ledger.values.scanning')} />
          <p className="muted" aria-live="polite">
            {t('ledger.values.scanningRows', { rows: showNumber(status?.counts.rowsRead ?? 0, lang) })}
          </p>
        </div>
      )}
      {failure && (
        <div className="form-error" role="alert">
          <p>{failure}</p>
          <button type="button" className="btn btn-small" disabled={busy} onClick={() => void rescan()}>
            {t('ledger.values.rescan')}
          </button>
        </div>
      )}
      {done && status && (
        <>
          <p className="scan-summary" role="status">
            {t('ledger.values.scanSummary', {
              rows: showNumber(status.counts.rowsRead, lang),
              orders: showNumber(status.counts.imported, lang),
              rejected: showNumber(status.counts.rejected, lang),
            })}
          </p>
          {status.alreadyImported && (
            <div className="notice" role="alert">
              <p>
                {t('identity.reimport.warning', {
                  file: status.alreadyImported.fileName,
                  at: status.alreadyImported.finishedAt
                    ? showInstant(status.alreadyImported.finishedAt)
                    : '—',
                })}
              </p>
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={confirmReimport}
                  onChange={(e) => setConfirmReimport(e.target.checked)}
                />{' '}
                {t('identity.reimport.confirm')}
              </label>
            </div>
          )}
          {recipients.error && <ErrorBlock error={recipients.error} onRetry={recipients.reload} />}
          {aliases.error && <ErrorBlock error={aliases.error} onRetry={aliases.reload} />}
          {(['delivery', 'payment'] as const).map((field) => (
            <section key={field} className="values-section" aria-label={t(`ledger.values.tables.${field}`)}>
              <h3 className="subheading">{t(`ledger.values.tables.${field}`)}</h3>
              <ValueTable
                field={field}
                values={values.filter((v) => v.field === field)}
                recipients={recipients.data?.items ?? []}
                mappingOf={mappingOf}
                disabled={busy || !aliases.data || !recipients.data}
                onAssign={assign}
                onCreate={setCreating}
              />
            </section>
          ))}
        </>
      )}
      {startError && (
        <p className="form-error" role="alert">
          {startError}
        </p>
      )}
      <WizardActions back={back}>
        {unmapped !== null && unmapped > 0 && (
          <span id={unmappedId} className="unmapped-count">
            {t('ledger.values.unmappedLeft', { n: String(unmapped) })}
          </span>
        )}
        <button
          type="button"
          className="btn btn-primary"
          disabled={
            unmapped !== 0 ||
            starting ||
            busy ||
            assigning ||
            (status?.alreadyImported != null && !confirmReimport)
          }
          aria-describedby={unmapped ? unmappedId : undefined}
          onClick={() => void start()}
        >
          {t('ledger.values.start')}
        </button>
      </WizardActions>
      {creating && (
        <NewRecipientDialog
          organisation={organisation}
          value={creating.value}
          onClose={() => setCreating(null)}
          onSaved={(recipient) => {
            const value = creating;
            setCreating(null);
            notify(t('recipients.created'));
            void assign(value, recipient.id);
          }}
        />
      )}
    </>
  );
}
