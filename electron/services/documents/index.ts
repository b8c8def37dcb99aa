import { writeFile } from 'node:fs/promises';
import type { DocumentKind, DocumentRequest } from '../../../shared/domain/documents';
import type { AppContext } from '../../context';
import { breachesDocuments } from './breaches';
import { coreDocuments } from './core';
import { correspondenceDocuments } from './correspondence';
import { evidenceDocuments } from './evidence';
import { ledgerDocuments } from './ledger';
import type { DocumentRenderer, RenderedDocument } from './types';

const renderers: { [K in DocumentKind]: DocumentRenderer<K> } = {
  ...coreDocuments,
  ...ledgerDocuments,
  ...correspondenceDocuments,
  ...breachesDocuments,
  ...evidenceDocuments,
};

export const renderDocument = (ctx: AppContext, request: DocumentRequest): Promise<RenderedDocument> =>
  (renderers[request.kind] as DocumentRenderer<typeof request.kind>)(ctx, request as never);

export const documentService = (ctx: AppContext) => ({
  preview: async (request: DocumentRequest) => ({ html: (await renderDocument(ctx, request)).html }),

  print: async (request: DocumentRequest): Promise<null> => {
    const doc = await renderDocument(ctx, request);
    doc.beforePrint?.();
    await ctx.printer.print(doc.html, doc.print);
    return null;
  },

  /** Asks where to save, renders the PDF and writes it; null when the user cancelled. */
  savePdf: async (request: DocumentRequest): Promise<{ path: string } | null> => {
    const doc = await renderDocument(ctx, request);
    doc.beforePrint?.();
    const path = await ctx.dialogs.saveFile({
      title: 'Сохранить PDF',
      defaultName: doc.defaultName,
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    if (path === null) return null;
    await writeFile(path, await ctx.printer.toPdf(doc.html, doc.print));
    return { path };
  },
});
