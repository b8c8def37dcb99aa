import ExcelJS from 'exceljs';
import type { Organisation } from '../../shared/domain/organisation';
import type { Recipient } from '../../shared/domain/recipient';
import { formatDateRu } from '../../shared/format/date';
import { organisationDisplayName, RECIPIENT_REGISTER_TITLE } from '../../shared/documents/recipientRegister';
import { registerColumns, type RegisterColumn } from './registerColumns';

export const CSV_DELIMITER = ';';
const UTF8_BOM = '\uFEFF';
export const REGISTER_SHEET_NAME = 'Реестр получателей';

/** A cell that a spreadsheet would read as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixes a would-be formula with an apostrophe so that Excel / LibreOffice show it as text. */
export const neutraliseFormula = (value: string): string => (FORMULA_START.test(value) ? `'${value}` : value);

/** RFC 4180 quoting with `;` as the delimiter (what Excel expects in Russian locales). */
export const csvField = (value: string): string =>
  /[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

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
  const line = (cells: string[]): string =>
    cells.map((c) => csvField(neutraliseFormula(c))).join(CSV_DELIMITER);
  const lines = [
    line(columns.map((c) => c.header)),
    ...recipients.map((r) => line(columns.map((c) => csvValue(c, r)))),
  ];
  return new TextEncoder().encode(`${UTF8_BOM}${lines.join('\r\n')}\r\n`);
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
