import {
  auditLogPdfOptions,
  auditSealPdfOptions,
  renderAuditLog,
  renderAuditSeal,
} from '../../../shared/documents/auditDocuments';
import { actionLabelKey, entityLabelKey, lookUp } from '../../../shared/audit/auditLabels';
import { printSettings } from '../../../shared/documents/print';
import { uiRu } from '../../../shared/i18n/ui/ru';
import { listAudit } from '../../db/repositories/auditRepository';
import { findOrganisation } from '../../db/repositories/organisationRepository';
import { sealAt } from '../audit/seal';
import { loadDocumentFonts } from '../documentFonts';
import { safeFileName, type DocumentRenderers } from './types';

/** Printed at most; a longer trail is exported as CSV. */
const MAX_PRINTED = 5000;

export const evidenceDocuments: DocumentRenderers<'auditSeal' | 'auditLog'> = {
  auditSeal: async (ctx, request) => {
    const seal = await sealAt(ctx.db, request.lastId);
    const orgId = ctx.settings.read().currentOrganisationId;
    const org = orgId ? await findOrganisation(ctx.db, orgId) : undefined;
    const fonts = await loadDocumentFonts(ctx.paths.resourcesDir);
    return {
      html: renderAuditSeal(
        { seal, organisationName: org?.name ?? '', printedAt: ctx.clock.now().toISOString() },
        fonts,
      ),
      print: printSettings(auditSealPdfOptions, fonts),
      defaultName: safeFileName(`Печать журнала № ${seal.lastId} от ${seal.sealedAt.slice(0, 10)}.pdf`),
    };
  },
  auditLog: async (ctx, request) => {
    const { entries, total } = await listAudit(ctx.db, request.filter, 0, MAX_PRINTED);
    const fonts = await loadDocumentFonts(ctx.paths.resourcesDir);
    const f = request.filter;
    const filterText = [
      f.entity ? `${lookUp(uiRu, entityLabelKey(f.entity))}${f.entityId ? ` № ${f.entityId}` : ''}` : '',
      f.action ? `действие: ${lookUp(uiRu, actionLabelKey(f.action))}` : '',
      f.from ? `с ${f.from.slice(0, 10)}` : '',
      f.to ? `до ${f.to.slice(0, 10)}` : '',
      f.person ? `кто: «${f.person}»` : '',
      f.search ? `текст: «${f.search}»` : '',
    ]
      .filter(Boolean)
      .join(', ');
    return {
      html: renderAuditLog(
        {
          entries,
          total,
          filterText: filterText ? `Отбор: ${filterText}.` : '',
          printedAt: ctx.clock.now().toISOString(),
        },
        fonts,
      ),
      print: printSettings(auditLogPdfOptions, fonts),
      defaultName: safeFileName(`Журнал изменений ${ctx.clock.now().toISOString().slice(0, 10)}.pdf`),
    };
  },
};
