import type { Jurisdiction } from '../../shared/domain/common';
import type { InstructionRequisite, Recipient } from '../../shared/domain/recipient';
import { INSTRUCTION_REQUISITES, needsInstruction } from '../../shared/recipients/instructionRequisites';
import { formatInstantRu } from '../../shared/format/date';
import { countryName } from '../../shared/i18n/countries';
import { labelsRu } from '../../shared/i18n/labels.ru';

/**
 * One column of the exported register: a Russian header (an importer matches columns by header),
 * a width in characters for XLSX, and the cell value. `date` columns return YYYY-MM-DD or ''.
 */
export interface RegisterColumn {
  header: string;
  width: number;
  kind: 'text' | 'date';
  value: (recipient: Recipient) => string;
}

const text = (header: string, width: number, value: (r: Recipient) => string): RegisterColumn => ({
  header,
  width,
  kind: 'text',
  value,
});

const date = (header: string, value: (r: Recipient) => string): RegisterColumn => ({
  header,
  width: 12,
  kind: 'date',
  value,
});

const yesNo = (flag: boolean): string => (flag ? 'Да' : 'Нет');

/** Several values in one cell. Some labels contain commas, so they are joined with "; ". */
const list = (values: readonly string[]): string => values.join('; ');

/** One requisite of the operator's law: «Да» / «Нет», «Не требуется» for a non-processor. */
const instruction = (key: InstructionRequisite): RegisterColumn =>
  text(`Поручение: ${labelsRu.instructionRequisite[key]}`, 16, (r) =>
    needsInstruction(r.role) ? yesNo(r.instruction[key]) : 'Не требуется',
  );

/**
 * Every field of the register, in the order of the recipient form, with the instruction requisites
 * of the organisation's law. Shared by CSV and XLSX.
 */
export const registerColumns = (jurisdiction: Jurisdiction): readonly RegisterColumn[] => [
  ...BEFORE_INSTRUCTION,
  ...INSTRUCTION_REQUISITES[jurisdiction].map((r) => instruction(r.key)),
  ...AFTER_INSTRUCTION,
];

const BEFORE_INSTRUCTION: readonly RegisterColumn[] = [
  text('ID записи', 9, (r) => String(r.id)),
  text('Тип получателя', 24, (r) => labelsRu.recipientType[r.type]),
  text('Наименование', 36, (r) => r.legalName),
  text('Рег. номер (ИНН/БИН)', 18, (r) => r.registrationNumber),
  text('Код страны', 8, (r) => r.country),
  text('Страна', 16, (r) => countryName(r.country)),
  text('Адрес', 36, (r) => r.address),
  text('Контактное лицо', 22, (r) => r.contactPerson),
  text('Телефон', 18, (r) => r.phone),
  text('E-mail', 24, (r) => r.email),
  text('Роль получателя', 28, (r) => labelsRu.recipientRole[r.role]),
  text('Правовое основание', 26, (r) => labelsRu.legalBasis[r.legalBasis]),
  text('Цели передачи', 40, (r) => r.purposes),
  text('Категории данных', 40, (r) => list(r.dataCategories.map((c) => labelsRu.dataCategory[c]))),
  text('Категории субъектов', 28, (r) => list(r.subjectCategories.map((s) => labelsRu.subjectCategory[s]))),
  text('Действия с данными', 36, (r) => list(r.operations.map((o) => labelsRu.operation[o]))),
  text('Сроки хранения / возврата', 30, (r) => r.retention),
  text('Номер договора / поручения', 18, (r) => r.contractNumber),
  date('Дата договора / поручения', (r) => r.contractDate),
  date('Договор действует до', (r) => r.contractEndDate),
];

const AFTER_INSTRUCTION: readonly RegisterColumn[] = [
  text('Трансграничная передача', 14, (r) => yesNo(r.crossBorder)),
  text('Адекватность защиты в стране получателя', 30, (r) => labelsRu.adequacy[r.adequacy]),
  date('Дата получения сведений о получателе', (r) => r.infoObtainedDate),
  date('Дата уведомления о трансграничной передаче', (r) => r.transferNoticeDate),
  text('Номер уведомления о трансграничной передаче', 18, (r) => r.transferNoticeNumber),
  text('Статус трансграничной передачи', 26, (r) => labelsRu.transferStatus[r.transferStatus]),
  text('Способ уведомления субъектов о передаче', 30, (r) => r.subjectNoticeMethod),
  date('Дата уведомления субъектов', (r) => r.subjectNoticeDate),
  date('Дата пересмотра', (r) => r.reviewDate),
  text('Статус', 14, (r) => labelsRu.recipientStatus[r.status]),
  text('Файл договора', 28, (r) => r.contractFile?.fileName ?? ''),
  text('SHA-256 файла договора', 66, (r) => r.contractFile?.sha256 ?? ''),
  text('Замечания', 30, (r) => list(r.problems.map((p) => labelsRu.recipientProblem[p]))),
  text('Примечания', 36, (r) => r.notes),
  text('Запись изменена', 17, (r) => formatInstantRu(r.updatedAt)),
];
