import type { coreContract } from '../../shared/ipc/contracts/core';
import type { HandlersFor } from './types';
import type { AppContext } from '../context';
import { countOrganisations } from '../db/repositories/organisationRepository';
import { latestSchemaVersion } from '../db/migrations';
import { auditHistory } from '../db/repositories/auditRepository';
import { verifyAudit } from '../services/audit/auditIntegrity';
import { backupService } from '../services/backupService';
import { loadDemoData } from '../services/demo';
import { documentService } from '../services/documents/index';
import { organisationService } from '../services/organisations';
import { recipientService } from '../services/recipients';
import { registerExportService } from '../services/registerExportService';
import { settingsService } from '../services/settings';

/** Foundation channels: app, settings, organisations, recipients, audit, backups, documents, demo. */
export const coreHandlers = (ctx: AppContext): HandlersFor<typeof coreContract> => {
  const organisations = organisationService(ctx);
  const recipients = recipientService(ctx);
  const backups = backupService(ctx);
  const documents = documentService(ctx);
  const exports = registerExportService(ctx);
  const settings = settingsService(ctx);
  return {
    'app:info': async () => ({
      version: ctx.appVersion,
      dataDir: ctx.paths.dataDir,
      databasePath: ctx.paths.databaseFile,
      schemaVersion: ctx.integrity.ok ? latestSchemaVersion : (ctx.integrity.foundVersion ?? 0),
      osUser: ctx.osUser,
      integrity: ctx.integrity,
      organisationCount: ctx.integrity.ok ? await countOrganisations(ctx.db) : 0,
    }),
    'settings:get': async () => settings.get(),
    'settings:update': async (patch) => settings.update(patch),

    'organisations:list': (q) => organisations.list(q.includeArchived),
    'organisations:get': ({ id }) => organisations.get(id),
    'organisations:create': (data) => organisations.create(data),
    'organisations:update': ({ id, data }) => organisations.update(id, data),
    'organisations:archive': ({ id }) => organisations.setArchived(id, true),
    'organisations:restore': ({ id }) => organisations.setArchived(id, false),

    'recipients:list': (q) => recipients.list(q),
    'recipients:get': ({ id }) => recipients.get(id),
    'recipients:create': (data) => recipients.create(data),
    'recipients:update': ({ id, data }) => recipients.update(id, data),
    'recipients:archive': ({ id, reason }) => recipients.setArchived(id, true, reason),
    'recipients:restore': ({ id }) => recipients.setArchived(id, false),
    'recipients:attachContract': ({ id }) => recipients.attachContract(id),
    'recipients:openContract': ({ id }) => recipients.openContract(id),
    'recipients:export': ({ organisationId, format, ids }) => exports.export(organisationId, format, ids),

    'audit:history': ({ entity, entityId }) => auditHistory(ctx.db, entity, entityId),
    'audit:verify': () => verifyAudit(ctx),

    'backups:list': () => backups.list(),
    'backups:create': () => backups.create(),
    'backups:restore': ({ fileName, acceptWarnings }) => backups.restore(fileName, acceptWarnings),

    'documents:preview': (request) => documents.preview(request),
    'documents:print': (request) => documents.print(request),
    'documents:savePdf': (request) => documents.savePdf(request),

    'demo:load': () => loadDemoData(ctx),
  };
};
