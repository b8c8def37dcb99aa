import { createContext, useContext } from 'react';
import type { AppInfo } from '../../../shared/domain/app';
import type { Organisation } from '../../../shared/domain/organisation';
import type { Settings, SettingsPatch } from '../../../shared/domain/settings';
import type { AppError, Result } from '../../../shared/ipc/result';
import { call } from '../api';
import { applyLanguage } from '../i18n';

export interface AppData {
  info: AppInfo;
  settings: Settings;
  organisations: Organisation[];
}

export type Boot =
  | { kind: 'loading' }
  | { kind: 'failed'; error: AppError }
  | { kind: 'recovery'; info: AppInfo }
  | { kind: 'ready'; data: AppData };

export interface AppDataApi extends AppData {
  currentOrganisation: Organisation | null;
  /** Reloads app info, settings and organisations (after creating or archiving an organisation…). */
  refresh: () => Promise<void>;
  updateSettings: (patch: SettingsPatch) => Promise<Result<Settings>>;
}

export const AppDataContext = createContext<AppDataApi | null>(null);

export function useAppData(): AppDataApi {
  const value = useContext(AppDataContext);
  if (!value) throw new Error('useAppData outside the app');
  return value;
}

/** The organisation the whole UI works on; never null once an organisation exists. */
export function useCurrentOrganisation(): Organisation {
  const { currentOrganisation } = useAppData();
  if (!currentOrganisation) throw new Error('No current organisation');
  return currentOrganisation;
}

/** Loads everything the shell needs; picks a current organisation when the stored one is gone. */
export async function loadBoot(): Promise<Boot> {
  const info = await call((a) => a.app.info());
  if (!info.ok) return { kind: 'failed', error: info.error };
  const settings = await call((a) => a.settings.get());
  if (settings.ok) await applyLanguage(settings.value.uiLanguage);
  if (!info.value.integrity.ok) return { kind: 'recovery', info: info.value };
  if (!settings.ok) return { kind: 'failed', error: settings.error };
  const organisations = await call((a) => a.organisations.list({ includeArchived: true }));
  if (!organisations.ok) return { kind: 'failed', error: organisations.error };

  let current = settings.value;
  const list = organisations.value;
  if (!list.some((o) => o.id === current.currentOrganisationId)) {
    // None chosen on purpose (the demo was removed, no shop of one's own yet): the first-run page,
    // not an archived shop. A stored one that is gone falls back to any shop, archived ones last.
    const fallback =
      list.find((o) => !o.archivedAt) ?? (current.currentOrganisationId === null ? undefined : list[0]);
    if (fallback) {
      const updated = await call((a) => a.settings.update({ currentOrganisationId: fallback.id }));
      if (updated.ok) current = updated.value;
    }
  }
  return { kind: 'ready', data: { info: info.value, settings: current, organisations: list } };
}
