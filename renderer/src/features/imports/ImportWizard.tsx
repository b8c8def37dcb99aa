import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../../../shared/domain/organisation';
import { FileStep } from './FileStep';
import { useImportWizard } from './ledgerSession';
import { MappingStep } from './MappingStep';
import { RunStep } from './RunStep';
import { ValuesStep } from './ValuesStep';
import { WizardStepper } from './WizardStepper';
import { wizardSteps } from './wizardState';

interface ImportWizardProps {
  organisation: Organisation;
  onShowRejections: (importId: number, fileName: string) => void;
}

/** The four steps of an import; the state lives in the shell session, so it survives navigation. */
export function ImportWizard({ organisation, onShowRejections }: ImportWizardProps) {
  const { t } = useTranslation();
  const { state, update } = useImportWizard();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  const shownStep = useRef(state.step);
  const { file, scan, run } = state;
  // A step without what it needs (e.g. after the file was replaced) falls back to the file step.
  const step =
    (state.step === 'mapping' && file) ||
    (state.step === 'values' && file && scan) ||
    (state.step === 'run' && run)
      ? state.step
      : 'file';

  // Keyboard and screen-reader users land on the new step's title.
  useEffect(() => {
    if (shownStep.current === step) return;
    shownStep.current = step;
    headingRef.current?.focus();
  }, [step]);

  return (
    <section className="card wizard" aria-labelledby={titleId}>
      <div className="wizard-head">
        <WizardStepper current={step} />
      </div>
      <div className="wizard-body">
        <h2 id={titleId} ref={headingRef} tabIndex={-1} className="wizard-title">
          <span className="wizard-step-number">
            {t('ledger.wizard.stepOf', {
              n: String(wizardSteps.indexOf(step) + 1),
              total: String(wizardSteps.length),
            })}
          </span>
          {t(`ledger.wizard.titles.${step}`)}
        </h2>
        {step === 'file' && <FileStep organisation={organisation} state={state} update={update} />}
        {step === 'mapping' && file && (
          <MappingStep organisation={organisation} file={file} state={state} update={update} />
        )}
        {step === 'values' && file && scan && (
          <ValuesStep
            key={scan.jobId}
            organisation={organisation}
            file={file}
            scan={scan}
            state={state}
            update={update}
          />
        )}
        {step === 'run' && run && (
          <RunStep
            run={run}
            fileName={file?.fileName ?? ''}
            update={update}
            onShowRejections={onShowRejections}
          />
        )}
      </div>
    </section>
  );
}
