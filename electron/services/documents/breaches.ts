import {
  renderBreachDocument,
  BREACH_FILE_NAMES,
  breachPdfOptions,
} from '../../../shared/documents/breachDocuments';
import { printSettings } from '../../../shared/documents/print';
import type { BreachNoticeKind } from '../../../shared/documents/breachDocuments';
import type { AppContext } from '../../context';
import { scopeSubjectsOfIncident } from '../../db/repositories/breachScopeRepository';
import { loadDocumentFonts } from '../documentFonts';
import { ensureCalendars } from '../correspondence/scope';
import { mustFindOrganisation } from '../correspondence/settings';
import { loadIncident } from '../breaches/mapping';
import { toScopeSubject } from '../breaches/scope';
import { safeFileName, type DocumentRenderers, type RenderedDocument } from './types';

const render = async (
  ctx: AppContext,
  kind: BreachNoticeKind,
  incidentId: number,
): Promise<RenderedDocument> => {
  await ensureCalendars(ctx);
  const incident = await loadIncident(ctx, ctx.db, incidentId);
  const org = await mustFindOrganisation(ctx.db, incident.organisationId);
  const fonts = await loadDocumentFonts(ctx.paths.resourcesDir);
  // KZ: data of affected subjects for later notification (first 1 000 of the saved scope).
  const subjects =
    kind === 'breachNoticeKz'
      ? (await scopeSubjectsOfIncident(ctx.db, incidentId, 0, 1000))
          .map(toScopeSubject)
          .map((s) => [s.fullName, ...s.phones].filter((v) => v !== '').join(', '))
          .join('\n')
      : '';
  return {
    html: renderBreachDocument(kind, incident, org, fonts, { subjectsList: subjects }),
    print: printSettings(breachPdfOptions(`${BREACH_FILE_NAMES[kind]} — ${incident.number}`), fonts),
    defaultName: safeFileName(`${BREACH_FILE_NAMES[kind]} ${incident.number.replace(/\//g, '-')}.pdf`),
  };
};

export const breachesDocuments: DocumentRenderers<BreachNoticeKind> = {
  breachNoticeRu24: (ctx, r) => render(ctx, 'breachNoticeRu24', r.incidentId),
  breachNoticeRu72: (ctx, r) => render(ctx, 'breachNoticeRu72', r.incidentId),
  breachNoticeKz: (ctx, r) => render(ctx, 'breachNoticeKz', r.incidentId),
  breachNoticeKg: (ctx, r) => render(ctx, 'breachNoticeKg', r.incidentId),
  breachReport: (ctx, r) => render(ctx, 'breachReport', r.incidentId),
};
