import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../components/Layout';
import { StandaloneFrame } from '../components/StandaloneFrame';
import { useToast } from '../components/Toast';
import { OrganisationForm } from '../features/organisations/OrganisationForm';
import type { DemoProgress as Progress } from '../../../shared/domain/demo';
import { useAppEvent } from '../data/appEvents';
import { DemoProgress } from '../features/demo/DemoProgress';
import { useAction } from '../hooks/useAction';
import { useAppData } from '../shell/appData';

/** Shown while the database holds no organisation: create the first one, or load the demo data. */
export function FirstRunPage() {
  const { t } = useTranslation();
  const { notify } = useToast();
  const { refresh, updateSettings } = useAppData();
  const { busy, run } = useAction();
  const [creating, setCreating] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  useAppEvent('demo:progress', setProgress);

  const loadDemo = async () => {
    setProgress(null);
    const result = await run((api) => api.demo.load({ scope: 'full' }));
    if (!result.ok) return;
    notify(t(Object.values(result.value).some((n) => n > 0) ? 'demo.loaded' : 'demo.alreadyLoaded'));
    await refresh();
  };

  if (creating) {
    return (
      <StandaloneFrame>
        <PageHeader
          title={t('organisations.newTitle')}
          back={{ label: t('firstRun.backToStart'), onClick: () => setCreating(false) }}
        />
        <OrganisationForm
          onCancel={() => setCreating(false)}
          onSaved={async (organisation) => {
            notify(t('organisations.created'));
            await updateSettings({ currentOrganisationId: organisation.id });
            await refresh();
          }}
        />
      </StandaloneFrame>
    );
  }

  return (
    <div className="standalone standalone-center">
      <main className="welcome">
        <div className="brand brand-large">
          <span className="brand-mark" aria-hidden="true">
            CD
          </span>
          <span className="brand-name">{t('app.name')}</span>
        </div>
        <h1 tabIndex={-1}>{t('firstRun.title')}</h1>
        <p className="lead">{t('firstRun.lead')}</p>
        {busy && <DemoProgress progress={progress} />}
        <div className="choice-grid">
          <div className="choice-card">
            <p>{t('firstRun.createText')}</p>
            <button
              type="button"
              className="btn btn-primary"
              onClick={() => setCreating(true)}
              disabled={busy}
            >
              {t('firstRun.create')}
            </button>
          </div>
          <div className="choice-card">
            <p>{t('firstRun.demoText')}</p>
            <button type="button" className="btn" onClick={() => void loadDemo()} disabled={busy}>
              {t('firstRun.demo')}
            </button>
          </div>
        </div>
        <p className="muted small">{t('firstRun.offline')}</p>
      </main>
    </div>
  );
}
