import { z } from 'zod';
import { msg, storableText } from './common';

export const UiLanguage = z.enum(['ru', 'en']);
export type UiLanguage = z.infer<typeof UiLanguage>;

export const WindowBounds = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(400),
  height: z.number().int().min(300),
  maximized: z.boolean().default(false),
});
export type WindowBounds = z.infer<typeof WindowBounds>;

export const Settings = z.object({
  uiLanguage: UiLanguage,
  currentOrganisationId: z.number().int().positive().nullable(),
  /** The person recorded in the audit trail next to the OS user name. */
  responsiblePerson: storableText().trim().max(200, { error: msg.tooLong }),
  windowBounds: WindowBounds.nullable(),
});
export type Settings = z.infer<typeof Settings>;

export const SettingsPatch = Settings.omit({ windowBounds: true }).partial();
export type SettingsPatch = z.infer<typeof SettingsPatch>;

export const defaultSettings: Settings = {
  uiLanguage: 'ru',
  currentOrganisationId: null,
  responsiblePerson: '',
  windowBounds: null,
};
