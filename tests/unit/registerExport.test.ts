import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { registerColumns } from '../../electron/services/registerColumns';
import { recipientRegisterCsv, recipientRegisterXlsx } from '../../electron/services/registerExport';
import { makeOrganisation, makeRecipient } from './registerFixtures';

/** A strict RFC 4180 reader (`;` delimiter, CRLF records) to check what the exporter wrote. */
const parseCsv = (text: string): string[][] => {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const next = text[i + 1];
    if (quoted && ch === '"' && next === '"') {
      field += '"';
      i++;
    } else if (quoted && ch === '"') {
      quoted = false;
    } else if (quoted) {
      field += ch;
    } else if (ch === '"' && field === '') {
      quoted = true;
    } else if (ch === ';') {
      endField();
    } else if (ch === '\r' && next === '\n') {
      endField();
      rows.push(row);
      row = [];
      i++;
    } else {
      field += ch;
    }
  }
  if (field !== '' || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
};

const organisation = makeOrganisation();
const tricky = makeRecipient({
  id: 7,
  legalName: 'ТОО «Қазпошта»; филиал "Ұлттық"',
  address: 'г. Алматы,\nул. Өрнек, 1',
  phone: '+7 701 000 00 00',
  purposes: '=HYPERLINK("http://evil","click")',
  notes: '@SUM(A1:A2)',
  contactPerson: '-1+1',
  crossBorder: true,
  country: 'DE',
  adequacy: 'adequate',
  transferNoticeDate: '2024-05-20',
  transferNoticeNumber: '12-Т',
  subjectNoticeMethod: 'E-mail рассылка',
  subjectNoticeDate: '2024-05-21',
  contractFile: {
    fileName: 'договор.pdf',
    sha256: 'ab'.repeat(32),
    size: 1,
    attachedAt: '2024-02-01T00:00:00Z',
  },
  problems: ['reviewOverdue'],
});
const plain = makeRecipient({
  id: 8,
  type: 'bank',
  legalName: 'АО «Kaspi Bank»',
  contractDate: '',
  contractNumber: '',
});
const headers = registerColumns(organisation.jurisdiction).map((c) => c.header);
const column = (header: string): number => headers.indexOf(header);

describe('recipientRegisterCsv', () => {
  const bytes = recipientRegisterCsv(organisation, [tricky, plain]);
  const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);

  it('is UTF-8 with a BOM, `;`-delimited, CRLF-terminated', () => {
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.startsWith('\uFEFFID записи;Тип получателя;Наименование;')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('round-trips every value through quoting, with one row per recipient', () => {
    const rows = parseCsv(text.slice(1));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual(headers);
    const [, first, second] = rows;
    expect(first).toHaveLength(headers.length);
    expect(first?.[column('Наименование')]).toBe('ТОО «Қазпошта»; филиал "Ұлттық"');
    expect(first?.[column('Адрес')]).toBe('г. Алматы,\nул. Өрнек, 1');
    expect(first?.[column('Страна')]).toBe('Германия');
    expect(first?.[column('Трансграничная передача')]).toBe('Да');
    expect(first?.[column('Дата уведомления о трансграничной передаче')]).toBe('20.05.2024');
    expect(first?.[column('Номер уведомления о трансграничной передаче')]).toBe('12-Т');
    expect(first?.[column('Способ уведомления субъектов о передаче')]).toBe('E-mail рассылка');
    expect(first?.[column('Дата уведомления субъектов')]).toBe('21.05.2024');
    // The KZ organisation's law: storage in Kazakhstan, not the RU localisation clause.
    expect(
      first?.[column('Поручение: Хранение персональных данных в базе на территории Республики Казахстан')],
    ).toBe('Нет');
    expect(first?.[column('Поручение: Перечень действий (операций) и цели обработки')]).toBe('Да');
    expect(column('Поручение: Обязанность локализации баз данных в Российской Федерации')).toBe(-1);
    expect(first?.[column('Дата пересмотра')]).toBe('01.02.2026');
    expect(first?.[column('Статус')]).toBe('Действует');
    expect(first?.[column('Файл договора')]).toBe('договор.pdf');
    expect(first?.[column('SHA-256 файла договора')]).toBe('ab'.repeat(32));
    expect(first?.[column('Категории данных')]).toBe('ФИО; Телефон; Адрес доставки');
    expect(first?.[column('Замечания')]).toBe('Просрочен пересмотр');
    expect(second?.[column('Наименование')]).toBe('АО «Kaspi Bank»');
    expect(second?.[column('Дата договора / поручения')]).toBe('');
  });

  it('neutralises cells that a spreadsheet would run as formulas', () => {
    const [, first] = parseCsv(text.slice(1));
    expect(first?.[column('Цели передачи')]).toBe(`'=HYPERLINK("http://evil","click")`);
    expect(first?.[column('Примечания')]).toBe("'@SUM(A1:A2)");
    expect(first?.[column('Контактное лицо')]).toBe("'-1+1");
    expect(first?.[column('Телефон')]).toBe("'+7 701 000 00 00");
  });

  it('writes only the header for an empty register and refuses another organisation’s recipients', () => {
    const empty = new TextDecoder().decode(recipientRegisterCsv(organisation, []));
    expect(parseCsv(empty)).toEqual([headers]);
    expect(() => recipientRegisterCsv(organisation, [makeRecipient({ organisationId: 2 })])).toThrow();
  });
});

describe('recipientRegisterXlsx', () => {
  const load = async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await recipientRegisterXlsx(organisation, [tricky, plain])).buffer as ArrayBuffer,
    );
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    return sheet;
  };

  it('has a bold, frozen header row with the same columns as the CSV', async () => {
    const sheet = await load();
    expect(sheet.name).toBe('Реестр получателей');
    expect(sheet.rowCount).toBe(3);
    const header = sheet.getRow(1);
    expect(headers.map((_, i) => header.getCell(i + 1).value)).toEqual(headers);
    expect(header.getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('holds the values, dates as real dates shown DD.MM.YYYY', async () => {
    const sheet = await load();
    const row = sheet.getRow(2);
    const cell = (header: string) => row.getCell(column(header) + 1);
    expect(cell('Наименование').value).toBe('ТОО «Қазпошта»; филиал "Ұлттық"');
    expect(cell('Адрес').value).toBe('г. Алматы,\nул. Өрнек, 1');
    const noticeDate = cell('Дата уведомления о трансграничной передаче');
    expect(noticeDate.value).toEqual(new Date(Date.UTC(2024, 4, 20)));
    expect(noticeDate.numFmt).toBe('dd.mm.yyyy');
    expect(sheet.getRow(3).getCell(column('Дата договора / поручения') + 1).value).toBeNull();
  });

  it('stores formula-like text as plain strings, never as formulas', async () => {
    const sheet = await load();
    const purposes = sheet.getRow(2).getCell(column('Цели передачи') + 1);
    expect(purposes.type).toBe(ExcelJS.ValueType.String);
    expect(purposes.value).toBe('=HYPERLINK("http://evil","click")');
    expect(purposes.formula).toBeUndefined();
    const phone = sheet.getRow(2).getCell(column('Телефон') + 1);
    expect(phone.value).toBe('+7 701 000 00 00');
  });
});
