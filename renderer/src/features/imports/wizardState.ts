import type { ChosenFile, ImportJobStatus } from '../../../../shared/domain/ledger';
import type { ColumnMapping } from '../../../../shared/imports/fields';
import type { PresetId } from '../../../../shared/imports/presets';
import type { AppError } from '../../../../shared/ipc/result';

export type WizardStep = 'file' | 'mapping' | 'values' | 'run';

export const wizardSteps: readonly WizardStep[] = ['file', 'mapping', 'values', 'run'];

/** A worker job the wizard follows: its last status, or why it could not be polled. */
export interface TrackedJob {
  jobId: string;
  status: ImportJobStatus | null;
  error: AppError | null;
}

/**
 * Everything the import wizard of one organisation shows. Kept by the shell (not the page), so leaving
 * the page while an import runs and coming back shows the same step and the live progress.
 */
export interface ImportWizardState {
  step: WizardStep;
  file: ChosenFile | null;
  preset: PresetId;
  mapping: ColumnMapping;
  /** Save the mapping as a profile under this name (empty: do not save). */
  profileName: string;
  /** The scan of delivery/payment values for the current file and mapping. */
  scan: TrackedJob | null;
  run: TrackedJob | null;
}

export type WizardUpdate = (state: ImportWizardState) => ImportWizardState;

export const initialWizard: ImportWizardState = {
  step: 'file',
  file: null,
  preset: 'generic',
  mapping: {},
  profileName: '',
  scan: null,
  run: null,
};

/** A freshly chosen (or re-read) file starts with the best-ranked preset and its mapping. */
export const withFile = (file: ChosenFile): ImportWizardState => {
  const best = file.candidates[0];
  return { ...initialWizard, file, preset: best?.presetId ?? 'generic', mapping: best?.mapping ?? {} };
};

export const trackJob = (jobId: string): TrackedJob => ({ jobId, status: null, error: null });

/** True while the job has not reported an end (and could still be polled). */
export const isRunning = (job: TrackedJob | null): boolean =>
  job !== null && job.error === null && (job.status === null || job.status.state === 'running');

/** True when the import of this wizard is under way: the wizard is locked to its progress. */
export const importInProgress = (state: ImportWizardState): boolean => isRunning(state.run);
