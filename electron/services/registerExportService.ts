import { writeFile } from 'node:fs/promises';
import { localIsoDate } from '../../shared/format/date';
import { DomainError } from '../../shared/ipc/result';
import type { AppContext } from '../context';
import { findOrganisation } from '../db/repositories/organisationRepository';
import { allActiveRecipients } from '../db/repositories/recipientRepository';
import { storeOf } from '../db/store/interop';
import { toRecipient } from './recipientMapping';
import { recipientRegisterCsv, recipientRegisterXlsx } from './registerExport';

export const registerExportService = (ctx: AppContext) => ({
  /** Writes the register as CSV (UTF-8 with BOM, `;`) or XLSX; null when the user cancelled. */
  export: async (
    organisationId: number,
    format: 'csv' | 'xlsx',
    ids?: readonly number[],
  ): Promise<{ path: string } | null> => {
    const today = localIsoDate(ctx.clock.now());
    const db = storeOf(ctx).read;
    const organisation = await findOrganisation(db, organisationId);
    if (!organisation) throw new DomainError('NOT_FOUND', 'errors.notFound');
    const all = (await allActiveRecipients(db, organisationId)).map((r) => toRecipient(r, today));
    // The selection keeps the register's order; a selected id not in this register refuses the export.
    const wanted = ids ? new Set(ids) : null;
    const recipients = wanted ? all.filter((r) => wanted.has(r.id)) : all;
    if (wanted && recipients.length !== wanted.size) throw new DomainError('NOT_FOUND', 'errors.notFound');
    const path = await ctx.dialogs.saveFile({
      title: format === 'csv' ? 'Экспорт в CSV' : 'Экспорт в Excel',
      defaultName:
        `Реестр получателей ПД ${organisation.name}${wanted ? ' (выборка)' : ''} ${today}.${format}`.replace(
          /[\\/:*?"<>|«»]/g,
          '',
        ),
      filters: [
        format === 'csv' ? { name: 'CSV', extensions: ['csv'] } : { name: 'Excel', extensions: ['xlsx'] },
      ],
    });
    if (path === null) return null;
    const bytes =
      format === 'csv'
        ? recipientRegisterCsv(organisation, recipients)
        : await recipientRegisterXlsx(organisation, recipients);
    await writeFile(path, bytes);
    return { path };
  },
});
