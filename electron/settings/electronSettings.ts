import Store from 'electron-store';
import type { SettingsStore } from '../platform/ports';
import { settingsStore } from './settingsStore';

/** Electron entry only: electron-store imports electron at load time. */
export const electronSettings = (cwd?: string): SettingsStore =>
  settingsStore(
    new Store({ name: 'settings', ...(cwd ? { cwd } : {}) }) as unknown as {
      get(k: string): unknown;
      set(k: string, v: unknown): void;
    },
  );
