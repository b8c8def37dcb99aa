import type { ImportReason } from '../imports/reasons';

type Reason = ImportReason | 'import.identityConflict';

/** Why a file or a row of an import could not be used — Russian and English. */
export const importReasonText: Record<Reason, { ru: string; en: string }> = {
  'import.notText': {
    ru: 'Файл не является текстовой выгрузкой (CSV/TXT) или книгой XLSX',
    en: 'The file is not a CSV/TXT export or an XLSX workbook',
  },
  'import.xlsNotSupported': {
    ru: 'Старый формат XLS не поддерживается: сохраните файл как XLSX или CSV',
    en: 'The old XLS format is not supported: save the file as XLSX or CSV',
  },
  'import.unreadableXlsx': {
    ru: 'Книгу XLSX не удалось прочитать: файл повреждён',
    en: 'The XLSX workbook could not be read: the file is damaged',
  },
  'import.emptyFile': { ru: 'Файл пуст', en: 'The file is empty' },
  'import.unclosedQuote': {
    ru: 'Незакрытая кавычка: файл обрывается внутри поля',
    en: 'Unclosed quote: the file ends inside a field',
  },
  'import.malformedCsv': { ru: 'Нарушена структура CSV', en: 'The CSV structure is broken' },
  'import.readFailed': { ru: 'Не удалось прочитать файл', en: 'The file could not be read' },
  'import.fileChanged': {
    ru: 'Файл изменился во время чтения или после проверки: выберите его заново',
    en: 'The file changed while it was read or after it was checked: choose it again',
  },
  'import.tooManyValues': {
    ru: 'В столбце службы доставки или способа оплаты больше 1000 разных значений: вероятно, выбран не тот столбец',
    en: 'The delivery or payment column holds more than 1,000 different values: probably the wrong column',
  },
  'import.diskFull': {
    ru: 'На диске не хватает места: освободите место и повторите; в учёт ничего не записано',
    en: 'The disk is full: free some space and try again; nothing was written to the ledger',
  },
  'import.timeLimit': {
    ru: 'Файл читается слишком долго: вероятно, он повреждён или составлен так, чтобы вывести программу из строя',
    en: 'Reading the file takes too long: it is probably damaged or made to break the program',
  },
  'import.stalled': {
    ru: 'Чтение файла остановилось и не продолжается: вероятно, файл повреждён или составлен так, чтобы вывести программу из строя; ничего не изменено',
    en: 'Reading the file stopped and does not go on: it is probably damaged or made to break the program; nothing changed',
  },
  'import.tooLarge': {
    ru: 'Файл слишком велик для одного импорта: разделите его на части',
    en: 'The file is too large for one import: split it into parts',
  },
  'import.zipBomb': {
    ru: 'Книга XLSX распаковывается в недопустимо большой объём (похоже на «zip-бомбу»): файл не прочитан, ничего не изменено',
    en: 'The XLSX workbook unpacks to an implausible size (it looks like a zip bomb): the file was not read, nothing changed',
  },
  'import.failed': {
    ru: 'Импорт прерван из-за внутренней ошибки; в учёт ничего не записано',
    en: 'The import stopped on an internal error; nothing was written to the ledger',
  },
  'import.duplicateOrder': {
    ru: 'Заказ с этим номером уже есть в учёте или выше в файле: строка пропущена',
    en: 'An order with this number is already in the ledger or earlier in the file: row skipped',
  },
  'import.duplicateHeader': { ru: 'Повторяющийся заголовок столбца', en: 'Repeated column header' },
  'import.headerNotFound': {
    ru: 'Столбец с таким заголовком не найден в файле',
    en: 'No column with this header in the file',
  },
  'import.requiredFieldUnmapped': {
    ru: 'Не указан столбец для обязательного поля',
    en: 'No column chosen for a required field',
  },
  'import.identityUnmapped': {
    ru: 'Не указан ни один столбец, идентифицирующий покупателя (ФИО, телефон или e-mail)',
    en: 'No column identifies the buyer (name, phone or e-mail)',
  },
  'import.tooFewColumns': {
    ru: 'В строке меньше столбцов, чем в заголовке',
    en: 'The row has fewer columns than the header',
  },
  'import.tooManyColumns': {
    ru: 'В строке больше столбцов, чем в заголовке',
    en: 'The row has more columns than the header',
  },
  'import.brokenQuote': {
    ru: 'Нарушены кавычки: поле захватило следующие строки',
    en: 'Broken quotes: a field swallowed the following lines',
  },
  'import.missingOrderId': { ru: 'Нет номера заказа', en: 'No order number' },
  'import.noIdentity': {
    ru: 'Нет данных покупателя: ни ФИО, ни телефона, ни e-mail',
    en: 'No buyer data: no name, phone or e-mail',
  },
  'import.invalidPhone': { ru: 'Неверный номер телефона', en: 'Invalid phone number' },
  'import.invalidEmail': { ru: 'Неверный адрес e-mail', en: 'Invalid e-mail address' },
  'import.invalidDate': { ru: 'Дата не распознана', en: 'Date not recognised' },
  'import.valueTooLong': { ru: 'Слишком длинное значение в ячейке', en: 'The cell value is too long' },
  'import.orderRowsNotTogether': {
    ru: 'Строки заказа разнесены по файлу: часть без данных покупателя',
    en: "The order's rows are not together: a part has no buyer data",
  },
  'import.identityConflict': {
    ru: 'Телефон и e-mail принадлежат разным лицам: заказ отнесён к лицу, известному раньше',
    en: 'The phone and e-mail belong to different persons: the order went to the earlier one',
  },
};

export const importReasonRu = (reason: string): string =>
  (importReasonText as Record<string, { ru: string } | undefined>)[reason]?.ru ?? reason;
