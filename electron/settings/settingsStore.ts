import { Settings, defaultSettings } from '../../shared/domain/settings';
import type { SettingsStore } from '../platform/ports';

/** The part of `conf` / `electron-store` (same API) that settings need. */
export interface KeyValueStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

const KEYS = Object.keys(defaultSettings) as (keyof Settings)[];

/** Typed settings over a key-value store; a corrupt or unknown value falls back to its default. */
export const settingsStore = (backing: KeyValueStore): SettingsStore => {
  const read = (): Settings => {
    const raw: Record<string, unknown> = {};
    for (const key of KEYS) raw[key] = backing.get(key) ?? defaultSettings[key];
    const parsed = Settings.safeParse(raw);
    if (parsed.success) return parsed.data;
    const repaired: Record<string, unknown> = {};
    for (const key of KEYS) {
      const field = Settings.shape[key].safeParse(raw[key]);
      repaired[key] = field.success ? field.data : defaultSettings[key];
    }
    return Settings.parse(repaired);
  };
  return {
    read,
    write: (patch) => {
      for (const [key, value] of Object.entries(patch)) {
        if (value !== undefined) backing.set(key, value);
      }
      return read();
    },
  };
};
