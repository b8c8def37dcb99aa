import ExcelJS from 'exceljs';
import type { Organisation } from '../../shared/domain/organisation';
import type { Recipient } from '../../shared/domain/recipient';
import { formatDateRu } from '../../shared/format/date';
import { organisationDisplayName, RECIPIENT_REGISTER_TITLE } from '../../shared/documents/recipientRegister';
import { csvDocument, csvLine } from '../../shared/format/csv';
import { registerColumns, type RegisterColumn } from './registerColumns';

export const REGISTER_SHEET_NAME = 'Реестр получателей';

const assertSameOrganisation = (organisation: Organisation, recipients: readonly Recipient[]): void => {
  const stranger = recipients.find((r) => r.organisationId !== organisation.id);
  if (stranger) {
    throw new Error(
      `Recipient ${stranger.id} belongs to organisation ${stranger.organisationId}, not ${organisation.id}`,
    );
  }
};

const csvValue = (column: RegisterColumn, recipient: Recipient): string => {
  const value = column.value(recipient);
  return column.kind === 'date' ? formatDateRu(value) : value;
};

/**
 * The register as CSV for Excel: UTF-8 with BOM (Kazakh letters survive, Excel detects the
 * encoding), `;` delimiter, CRLF line ends, one row per recipient, dates as DD.MM.YYYY.
 */
export const recipientRegisterCsv = (
  organisation: Organisation,
  recipients: readonly Recipient[],
): Uint8Array => {
  assertSameOrganisation(organisation, recipients);
  const columns = registerColumns(organisation.jurisdiction);
  return csvDocument([
    csvLine(columns.map((c) => c.header)),
    ...recipients.map((r) => csvLine(columns.map((c) => csvValue(c, r)))),
  ]);
};

/** YYYY-MM-DD as a date-only Excel value (midnight UTC, so the serial is a whole day). */
const excelDate = (isoDate: string): Date | null => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
};

/**
 * The register as an XLSX workbook: one sheet, a bold frozen header row with an auto-filter, the
 * same columns as the CSV. Dates are real Excel dates shown as DD.MM.YYYY; text is written as plain
 * strings (never formulas), so a value starting with "=" is inert.
 */
export const recipientRegisterXlsx = async (
  organisation: Organisation,
  recipients: readonly Recipient[],
): Promise<Uint8Array> => {
  assertSameOrganisation(organisation, recipients);
  const columns = registerColumns(organisation.jurisdiction);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Compliance Desk';
  workbook.title = `${RECIPIENT_REGISTER_TITLE} — ${organisationDisplayName(organisation)}`;
  const sheet = workbook.addWorksheet(REGISTER_SHEET_NAME, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c, i) => ({
    key: `c${i}`,
    width: c.width,
    style: c.kind === 'date' ? { numFmt: 'dd.mm.yyyy' } : {},
  }));

  const header = sheet.getRow(1);
  columns.forEach((c, i) => {
    header.getCell(i + 1).value = c.header;
  });
  header.font = { bold: true };
  header.alignment = { vertical: 'top', wrapText: true };

  recipients.forEach((r, rowIndex) => {
    const row = sheet.getRow(rowIndex + 2);
    columns.forEach((c, i) => {
      const value = c.value(r);
      // A string cell is stored as text in the sheet XML, never as <f>: no formula can run.
      row.getCell(i + 1).value = c.kind === 'date' ? excelDate(value) : value === '' ? null : value;
    });
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };

  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
};
