import { Check } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { wizardSteps, type WizardStep } from './wizardState';

/** Where the officer is in the four steps; the steps are moved through with the buttons of each step. */
export function WizardStepper({ current }: { current: WizardStep }) {
  const { t } = useTranslation();
  const currentIndex = wizardSteps.indexOf(current);
  return (
    <ol className="stepper" aria-label={t('ledger.wizard.stepsLabel')}>
      {wizardSteps.map((step, index) => {
        const state = index < currentIndex ? 'done' : index === currentIndex ? 'current' : 'todo';
        return (
          <li
            key={step}
            className={`stepper-item is-${state}`}
            aria-current={state === 'current' ? 'step' : undefined}
          >
            <span className="stepper-mark" aria-hidden="true">
              {state === 'done' ? <Check size={14} aria-hidden="true" /> : index + 1}
            </span>
            <span className="stepper-text">
              <span className="stepper-title">{t(`ledger.wizard.steps.${step}`)}</span>
              {state === 'done' && <span className="visually-hidden"> — {t('ledger.wizard.stepDone')}</span>}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
