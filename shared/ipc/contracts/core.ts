import { z } from 'zod';
import {
  AppInfo,
  Backup,
  BackupRestore,
  DemoLoadResult,
  DocumentRequest,
  ExportRequest,
  SavedFile,
} from '../../domain/app';
import { AuditEntry, AuditHistoryQuery } from '../../domain/audit';
import { AuditReport } from '../../domain/auditIntegrity';
import { ById, Page } from '../../domain/common';
import {
  Organisation,
  OrganisationInput,
  OrganisationListQuery,
  OrganisationUpdate,
} from '../../domain/organisation';
import {
  Recipient,
  RecipientArchive,
  RecipientInput,
  RecipientQuery,
  RecipientUpdate,
} from '../../domain/recipient';
import { Settings, SettingsPatch } from '../../domain/settings';

import { NoInput } from './noInput';

/** Foundation: app, settings, organisations, recipient register, audit, backups, documents, demo. */
export const coreContract = {
  'app:info': { input: NoInput, output: AppInfo },
  'settings:get': { input: NoInput, output: Settings },
  'settings:update': { input: SettingsPatch, output: Settings },

  'organisations:list': { input: OrganisationListQuery, output: z.array(Organisation) },
  'organisations:get': { input: ById, output: Organisation },
  'organisations:create': { input: OrganisationInput, output: Organisation },
  'organisations:update': { input: OrganisationUpdate, output: Organisation },
  'organisations:archive': { input: ById, output: Organisation },
  'organisations:restore': { input: ById, output: Organisation },

  'recipients:list': { input: RecipientQuery, output: Page(Recipient) },
  'recipients:get': { input: ById, output: Recipient },
  'recipients:create': { input: RecipientInput, output: Recipient },
  'recipients:update': { input: RecipientUpdate, output: Recipient },
  'recipients:archive': { input: RecipientArchive, output: Recipient },
  'recipients:restore': { input: ById, output: Recipient },
  'recipients:attachContract': { input: ById, output: Recipient.nullable() },
  'recipients:openContract': { input: ById, output: z.null() },
  'recipients:export': { input: ExportRequest, output: SavedFile },

  'audit:history': { input: AuditHistoryQuery, output: z.array(AuditEntry) },
  'audit:verify': { input: NoInput, output: AuditReport },

  'backups:list': { input: NoInput, output: z.array(Backup) },
  'backups:create': { input: NoInput, output: Backup },
  'backups:restore': { input: BackupRestore, output: z.null() },

  'documents:preview': { input: DocumentRequest, output: z.object({ html: z.string() }) },
  'documents:print': { input: DocumentRequest, output: z.null() },
  'documents:savePdf': { input: DocumentRequest, output: SavedFile },

  'demo:load': { input: NoInput, output: DemoLoadResult },
} as const;
