import { printSettings } from '../../../shared/documents/print';
import { renderSubjectInfo, subjectInfoPdfOptions } from '../../../shared/documents/subjectInfo';
import { localIsoDate } from '../../../shared/format/date';
import { DomainError } from '../../../shared/ipc/result';
import { findOrganisation } from '../../db/repositories/organisationRepository';
import { findRecipient } from '../../db/repositories/recipientRepository';
import { loadDocumentFonts } from '../documentFonts';
import { toRecipient } from '../recipientMapping';
import { subjectService } from '../subjects';
import { safeFileName, type DocumentRenderers } from './types';

export const ledgerDocuments: DocumentRenderers<'subjectProcessingInfo'> = {
  subjectProcessingInfo: async (ctx, request) => {
    const today = localIsoDate(ctx.clock.now());
    const subject = await subjectService(ctx).get(request.subjectId);
    const organisation = await findOrganisation(ctx.db, subject.organisationId);
    if (!organisation) throw new DomainError('NOT_FOUND', 'errors.notFound');
    const recipients = [];
    for (const entry of subject.recipients) {
      const row = await findRecipient(ctx.db, entry.recipientId);
      if (row) recipients.push(toRecipient(row, today));
    }
    const fonts = await loadDocumentFonts(ctx.paths.resourcesDir);
    return {
      html: renderSubjectInfo({ organisation, subject, recipients, date: today }, fonts),
      print: printSettings(subjectInfoPdfOptions, fonts),
      defaultName: safeFileName(`Сведения об обработке ПД — ${subject.fullName} — ${today}.pdf`),
    };
  },
};
