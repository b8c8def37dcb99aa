import { z } from 'zod';
import { AuditAnchor, StartupAuditCheck } from './auditIntegrity';
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
  /** The audit chain head as last committed, kept outside the database (checked at every start). */
  auditAnchor: AuditAnchor.nullable(),
  /** A start-up finding about the audit trail, shown until the officer acknowledges it. */
  auditAlarm: StartupAuditCheck.nullable(),
});
export type Settings = z.infer<typeof Settings>;

export const SettingsPatch = Settings.omit({
  windowBounds: true,
  auditAnchor: true,
  auditAlarm: true,
}).partial();
export type SettingsPatch = z.infer<typeof SettingsPatch>;

export const defaultSettings: Settings = {
  uiLanguage: 'ru',
  currentOrganisationId: null,
  responsiblePerson: '',
  windowBounds: null,
  auditAnchor: null,
  auditAlarm: null,
};
