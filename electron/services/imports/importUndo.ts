import { writeFile } from 'node:fs/promises';
import type { ImportUndoOutcome } from '../../../shared/domain/importUndo';
import { DomainError } from '../../../shared/ipc/result';
import { actorOf, nowIso, type AppContext } from '../../context';
import { findImport } from '../../db/repositories/importRepository';
import {
  countRecipientSubjects,
  importDependents,
  markImportUndone,
  recipientSubjects,
} from '../../db/repositories/importUndoRepository';
import { removeImportRows } from '../../db/repositories/ledgerRepository';
import { findRecipient } from '../../db/repositories/recipientRepository';
import { appendAudit } from '../auditTrail';
import { subjectCountCache } from '../subjectCounts';
import { assertNoImportRunning } from './jobs';
import { csvCell } from '../../../shared/format/csv';

/**
 * Undo of a completed import (e.g. into the wrong organisation): everything it added goes in one
 * audited transaction on the app's writer (other writes queue behind it, none sees SQLITE_BUSY).
 * Refused, changing nothing, when later records depend on it: the outcome lists them (claims linked
 * to its subjects, breach scopes, later imports that added orders to its subjects, merges or splits,
 * data blocks, KG transfer notice batches) and the screen names them in the officer's language.
 */
export const importUndoService = (ctx: AppContext) => ({
  undo: async (importId: number): Promise<ImportUndoOutcome> => {
    assertNoImportRunning(ctx);
    const record = await findImport(ctx.db, importId);
    if (!record) throw new DomainError('NOT_FOUND', 'errors.notFound');
    if (record.status !== 'completed') throw new DomainError('CONFLICT', 'errors.imports.notUndoable');
    const outcome = await ctx.db.transaction(async (tx): Promise<ImportUndoOutcome> => {
      const dependents = await importDependents(tx, importId);
      const { claims, incidents, laterImports, changes, blocks, noticeBatches } = dependents;
      const held = claims.length + incidents.length + laterImports.length + changes.length;
      if (held + blocks + noticeBatches.length > 0) return { undone: false, dependents };
      const now = nowIso(ctx);
      await removeImportRows(tx, importId);
      await markImportUndone(tx, importId, now);
      await appendAudit(
        tx,
        {
          entity: 'import',
          entityId: importId,
          action: 'undo',
          before: { ...record },
          after: { undoneAt: now },
        },
        actorOf(ctx),
        now,
      );
      return { undone: true };
    });
    if (outcome.undone) subjectCountCache(ctx).invalidate();
    return outcome;
  },

  recipientSubjects: async (recipientId: number, offset: number, limit: number) => ({
    items: (await recipientSubjects(ctx.db, recipientId, offset, limit)).map((r) => ({
      id: r.id,
      fullName: r.full_name,
      roles: r.roles.split(',') as ('buyer' | 'consignee')[],
      transfers: r.transfers,
      firstTransferOn: r.first_on,
      lastTransferOn: r.last_on,
    })),
    total: await countRecipientSubjects(ctx.db, recipientId),
    offset,
    limit,
  }),

  exportRecipientSubjects: async (recipientId: number): Promise<{ path: string } | null> => {
    const recipient = await findRecipient(ctx.db, recipientId);
    if (!recipient) throw new DomainError('NOT_FOUND', 'errors.notFound');
    const path = await ctx.dialogs.saveFile({
      title: 'Субъекты, данные которых получил получатель',
      defaultName: `Субъекты — ${recipient.legal_name}.csv`,
      filters: [{ name: 'CSV', extensions: ['csv'] }],
    });
    if (path === null) return null;
    const lines = [
      ['№ субъекта', 'ФИО', 'Роль', 'Передач', 'Первая передача', 'Последняя передача'].join(';'),
    ];
    const role = { buyer: 'покупатель', consignee: 'получатель заказа' } as Record<string, string>;
    for (let offset = 0; ; offset += 5000) {
      const page = await recipientSubjects(ctx.db, recipientId, offset, 5000);
      for (const r of page)
        lines.push(
          [
            r.id,
            r.full_name,
            r.roles
              .split(',')
              .map((x) => role[x] ?? x)
              .join(', '),
            r.transfers,
            r.first_on ?? '',
            r.last_on ?? '',
          ]
            .map(csvCell)
            .join(';'),
        );
      if (page.length < 5000) break;
    }
    await writeFile(path, `\uFEFF${lines.join('\r\n')}\r\n`);
    return { path };
  },
});
