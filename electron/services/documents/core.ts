import { printSettings } from '../../../shared/documents/print';
import {
  recipientRegisterPdfOptions,
  renderRecipientRegister,
} from '../../../shared/documents/recipientRegister';
import { localIsoDate } from '../../../shared/format/date';
import { DomainError } from '../../../shared/ipc/result';
import { findOrganisation } from '../../db/repositories/organisationRepository';
import { allActiveRecipients } from '../../db/repositories/recipientRepository';
import { loadDocumentFonts } from '../documentFonts';
import { toRecipient } from '../recipientMapping';
import { safeFileName, type DocumentRenderers } from './types';

export const coreDocuments: DocumentRenderers<'recipientRegister'> = {
  recipientRegister: async (ctx, request) => {
    const today = localIsoDate(ctx.clock.now());
    const organisation = await findOrganisation(ctx.db, request.organisationId);
    if (!organisation) throw new DomainError('NOT_FOUND', 'errors.notFound');
    const recipients = (await allActiveRecipients(ctx.db, organisation.id)).map((r) => toRecipient(r, today));
    const fonts = await loadDocumentFonts(ctx.paths.resourcesDir);
    return {
      html: renderRecipientRegister({ organisation, recipients, date: today }, fonts),
      print: printSettings(
        {
          ...recipientRegisterPdfOptions,
          footerLabel: `${recipientRegisterPdfOptions.footerLabel} — ${organisation.name}`,
        },
        fonts,
      ),
      defaultName: safeFileName(`Реестр получателей ПД — ${organisation.name} — ${today}.pdf`),
    };
  },
};
