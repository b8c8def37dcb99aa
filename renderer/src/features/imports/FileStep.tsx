import { ArrowRight } from 'lucide-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../../../shared/domain/organisation';
import type { ForcedEncoding } from '../../../../shared/imports/fileTypes';
import type { AppError } from '../../../../shared/ipc/result';
import { call } from '../../api';
import { FilePreview } from './FilePreview';
import { FileSummary } from './FileSummary';
import { ledgerErrorText } from './importText';
import { WizardActions } from './WizardActions';
import { withFile, type ImportWizardState, type WizardUpdate } from './wizardState';

interface FileStepProps {
  organisation: Organisation;
  state: ImportWizardState;
  update: (update: WizardUpdate) => void;
}

/** Step 1: the file is chosen in the main process's dialog; the page sees what was detected in it. */
export function FileStep({ organisation, state, update }: FileStepProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const errorId = useId();
  const { file } = state;

  // The controls stay enabled while the file is read (a disabled control would drop the keyboard focus).
  const choose = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    const result = await call((api) => api.imports.chooseFile({ organisationId: organisation.id }));
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    // null: the officer closed the dialog; nothing to say.
    const chosen = result.value;
    if (chosen) update(() => withFile(chosen));
  };

  const changeEncoding = async (encoding: ForcedEncoding) => {
    if (!file || busy) return;
    setBusy(true);
    setError(null);
    const result = await call((api) =>
      api.imports.resniff({ token: file.token, organisationId: organisation.id, encoding }),
    );
    setBusy(false);
    if (result.ok) update(() => withFile(result.value));
    else setError(result.error);
  };

  return (
    <>
      <p className="wizard-lead">{t('ledger.file.lead')}</p>
      <div className="file-choose">
        <button
          type="button"
          className={file ? 'btn' : 'btn btn-primary'}
          disabled={organisation.archivedAt !== null}
          aria-busy={busy}
          aria-describedby={error ? errorId : undefined}
          onClick={() => void choose()}
        >
          {busy ? t('ledger.file.reading') : file ? t('ledger.file.chooseAnother') : t('ledger.file.choose')}
        </button>
        {!file && !error && <span className="muted">{t('ledger.file.formatsHint')}</span>}
      </div>
      {error && (
        <p id={errorId} className="form-error" role="alert">
          {ledgerErrorText(t, error)}
        </p>
      )}
      {file && (
        <>
          <FileSummary file={file} busy={busy} onEncodingChange={(e) => void changeEncoding(e)} />
          <FilePreview file={file} />
        </>
      )}
      <WizardActions>
        <button
          type="button"
          className="btn btn-primary"
          disabled={!file || file.headersOnly || busy}
          onClick={() => update((s) => ({ ...s, step: 'mapping' }))}
        >
          {t('ledger.file.next')}
          <ArrowRight size={14} aria-hidden="true" />
        </button>
      </WizardActions>
    </>
  );
}
