import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SettingsPatch } from '../../shared/domain/settings';
import { call } from './api';
import { ErrorBlock } from './components/Layout';
import { LedgerSessionProvider } from './features/imports/ledgerSession';
import { applyLanguage } from './i18n';
import { FirstRunPage } from './pages/FirstRunPage';
import { RecoveryPage } from './pages/RecoveryPage';
import { AppDataContext, loadBoot, type AppDataApi, type Boot } from './shell/appData';
import { Shell } from './shell/Shell';
import { UnsavedChangesProvider } from './shell/unsavedChanges';

export function App() {
  const { t } = useTranslation();
  const [boot, setBoot] = useState<Boot>({ kind: 'loading' });

  const refresh = useCallback(async () => {
    setBoot(await loadBoot());
  }, []);

  useEffect(() => {
    let live = true;
    void loadBoot().then((next) => {
      if (live) setBoot(next);
    });
    return () => {
      live = false;
    };
  }, []);

  const updateSettings = useCallback(async (patch: SettingsPatch) => {
    const result = await call((a) => a.settings.update(patch));
    if (result.ok) {
      await applyLanguage(result.value.uiLanguage);
      setBoot((b) =>
        b.kind === 'ready' ? { kind: 'ready', data: { ...b.data, settings: result.value } } : b,
      );
    }
    return result;
  }, []);

  const data = boot.kind === 'ready' ? boot.data : null;
  const value = useMemo<AppDataApi | null>(() => {
    if (!data) return null;
    const currentOrganisation =
      data.organisations.find((o) => o.id === data.settings.currentOrganisationId) ?? null;
    return { ...data, currentOrganisation, refresh, updateSettings };
  }, [data, refresh, updateSettings]);

  if (boot.kind === 'loading') {
    return (
      <div className="splash" aria-busy="true">
        <p>{t('app.loading')}</p>
      </div>
    );
  }
  if (boot.kind === 'failed') {
    return (
      <div className="splash">
        <h1>{t('app.loadFailed')}</h1>
        <ErrorBlock error={boot.error} onRetry={() => void refresh()} />
      </div>
    );
  }
  if (boot.kind === 'recovery') return <RecoveryPage info={boot.info} />;
  if (!value) return null;
  return (
    <AppDataContext.Provider value={value}>
      <UnsavedChangesProvider>
        {value.currentOrganisation ? (
          <LedgerSessionProvider>
            <Shell />
          </LedgerSessionProvider>
        ) : (
          <FirstRunPage />
        )}
      </UnsavedChangesProvider>
    </AppDataContext.Provider>
  );
}
