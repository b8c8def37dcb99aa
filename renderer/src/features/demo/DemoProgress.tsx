import { CircleCheck, CircleDashed, LoaderCircle } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { DemoStep, type DemoProgress as Progress } from '../../../../shared/domain/demo';
import { ProgressBar } from '../imports/ProgressBar';
import './demo.css';

/** The demo loader's steps with the one running marked, under a bar that follows them. */
export function DemoProgress({ progress }: { progress: Progress | null }) {
  const { t } = useTranslation();
  const current = progress ? DemoStep.options.indexOf(progress.step) : 0;
  const total = DemoStep.options.length;
  return (
    <section className="demo-progress" aria-labelledby="demo-progress-title" aria-busy="true">
      <h2 id="demo-progress-title">{t('demo.loading')}</h2>
      <ProgressBar
        percent={(current / total) * 100}
        label={t('demo.loading')}
        valueText={t(`demo.steps.${DemoStep.options[current] ?? 'organisations'}`)}
      />
      <ol className="demo-steps">
        {DemoStep.options.map((step, index) => {
          const Icon = index < current ? CircleCheck : index === current ? LoaderCircle : CircleDashed;
          return (
            <li key={step} className={index === current ? 'is-current' : index < current ? 'is-done' : ''}>
              <Icon size={18} aria-hidden="true" className={index === current ? 'spin' : undefined} />
              {t(`demo.steps.${step}`)}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
