import { writeFile } from 'node:fs/promises';
import type { DocumentRequest } from '../../shared/domain/app';
import { printSettings, type PrintSettings } from '../../shared/documents/print';
import {
  recipientRegisterPdfOptions,
  renderRecipientRegister,
} from '../../shared/documents/recipientRegister';
import { localIsoDate } from '../../shared/format/date';
import { DomainError } from '../../shared/ipc/result';
import type { AppContext } from '../context';
import { findOrganisation } from '../db/repositories/organisationRepository';
import { allActiveRecipients } from '../db/repositories/recipientRepository';
import { loadDocumentFonts } from './documentFonts';
import { toRecipient } from './recipientMapping';

interface RenderedDocument {
  html: string;
  print: PrintSettings;
  defaultName: string;
}

export const documentService = (ctx: AppContext) => {
  const render = async (request: DocumentRequest): Promise<RenderedDocument> => {
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
      defaultName: `Реестр получателей ПД — ${organisation.name} — ${today}.pdf`.replace(
        /[\\/:*?"<>|«»]/g,
        '',
      ),
    };
  };

  return {
    preview: async (request: DocumentRequest) => ({ html: (await render(request)).html }),

    print: async (request: DocumentRequest): Promise<null> => {
      const doc = await render(request);
      await ctx.printer.print(doc.html, doc.print);
      return null;
    },

    /** Asks where to save, renders the PDF and writes it; null when the user cancelled. */
    savePdf: async (request: DocumentRequest): Promise<{ path: string } | null> => {
      const doc = await render(request);
      const path = await ctx.dialogs.saveFile({
        title: 'Сохранить PDF',
        defaultName: doc.defaultName,
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      });
      if (path === null) return null;
      await writeFile(path, await ctx.printer.toPdf(doc.html, doc.print));
      return { path };
    },
  };
};
