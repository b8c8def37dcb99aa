import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Rows of the demo shop's order export: enough for the ledger, subject lists and breach scope to matter. */
export const DEMO_ORDER_ROWS = 3_000;
export const DEMO_ORDER_FILE = 'istore-kg-zakazy-demo.csv';

/** The customer the demo's claim, request and block are about (present in the file with several orders). */
export const DEMO_CLAIMANT = {
  name: 'Асанов Бакыт Кенешович',
  phone: '+996 555 123 456',
  email: 'bakyt.asanov@mail.kg',
  address: 'г. Бишкек, ул. Киевская, д. 10, кв. 4',
};

/** Delivery and payment values of the file, and the demo recipient each goes to (null: no transfer). */
export const DEMO_DELIVERY_VALUES: Record<string, string | null> = {
  'Экспресс Доставка': 'ОсОО «Экспресс Доставка КГ»',
  'Ош Курьер': 'ОсОО «Ош Курьер Сервис»',
  'Кыргыз почтасы': 'ГП «Кыргыз почтасы» при Министерстве цифрового развития КР',
  Самовывоз: null,
};
export const DEMO_PAYMENT_VALUES: Record<string, string | null> = {
  'Банковская карта': 'ОАО «Оптима Банк»',
  'Наличные при получении': null,
};

// Surname × given name × patronymic: every demo customer has a name of their own (namesakes only
// where a real shop would have them), so the ledger does not look like a dozen copies of one person.
const MEN = {
  surnames: [
    'Жумабаев',
    'Касымов',
    'Нурланов',
    'Садыков',
    'Усенов',
    'Абдыкадыров',
    'Петров',
    'Ким',
    'Турдубаев',
    'Осмонов',
    'Алиев',
    'Кожомбердиев',
  ],
  given: [
    'Нурбек',
    'Эрлан',
    'Азамат',
    'Тимур',
    'Руслан',
    'Алмаз',
    'Сергей',
    'Бекзат',
    'Данияр',
    'Улан',
    'Марат',
    'Арген',
  ],
  patronymics: [
    'Бакытович',
    'Маратович',
    'Эркинович',
    'Асанович',
    'Таалайбекович',
    'Кубанычбекович',
    'Игоревич',
    'Нурланович',
  ],
};
const WOMEN = {
  surnames: [
    'Исакова',
    'Мамытова',
    'Осмонова',
    'Токтогулова',
    'Эргешова',
    'Бекова',
    'Иванова',
    'Ким',
    'Турдубаева',
    'Алиева',
    'Сыдыкова',
    'Кадырова',
  ],
  given: [
    'Айгуль',
    'Жылдыз',
    'Гульнара',
    'Чолпон',
    'Асель',
    'Динара',
    'Мария',
    'Елена',
    'Айпери',
    'Нурзат',
    'Бермет',
    'Алина',
  ],
  patronymics: [
    'Бакытовна',
    'Маратовна',
    'Эркиновна',
    'Асановна',
    'Таалайбековна',
    'Кубанычбековна',
    'Игоревна',
    'Нурлановна',
  ],
};
const STREETS = [
  ['г. Бишкек', 'пр. Чуй'],
  ['г. Бишкек', 'ул. Киевская'],
  ['г. Бишкек', 'ул. Токтогула'],
  ['г. Бишкек', 'мкр. Джал'],
  ['г. Ош', 'ул. Ленина'],
  ['г. Каракол', 'ул. Абдрахманова'],
  ['г. Джалал-Абад', 'ул. Токтогула'],
  ['г. Токмок', 'ул. Ленина'],
] as const;
const PREFIXES = ['555', '700', '770', '777', '550', '500', '220', '990'];

/** A small deterministic generator: the same file every time (an idempotent demo, reproducible tests). */
const sequence = (seed: number) => {
  let s = seed;
  return (n: number) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    // The high bits: an LCG's low bits repeat with a short period (s % n gave ~240 customers of 1,800).
    return Math.floor((s / 2147483648) * n);
  };
};

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;

const customerName = (c: number): string => {
  const names = c % 2 === 0 ? MEN : WOMEN;
  const half = Math.floor(c / 2);
  const surnames = names.surnames.length;
  const given = Math.floor(half / surnames);
  const patronymic = Math.floor(given / names.given.length);
  return `${pick(names.surnames, half)} ${pick(names.given, given)} ${pick(names.patronymics, patronymic)}`;
};

/** A Bitrix-style export (UTF-8 with BOM, «;»): about 1,450 customers, about half with several orders. */
export const demoOrderCsv = (rows = DEMO_ORDER_ROWS): string => {
  const next = sequence(20_260_101);
  const deliveries = Object.keys(DEMO_DELIVERY_VALUES);
  const payments = Object.keys(DEMO_PAYMENT_VALUES);
  const customers = Math.round(rows * 0.6);
  const lines = [
    'Номер заказа;Дата создания;ФИО;Телефон;E-mail;Адрес доставки;Служба доставки;Платежная система',
  ];
  const claimantOrders = new Set([7, 411, 1203]);
  for (let i = 0; i < rows; i += 1) {
    const c = claimantOrders.has(i) ? -1 : next(customers);
    const day = new Date(Date.UTC(2025, 0, 1) + Math.floor((i / rows) * 700) * 86_400_000);
    const date = `${String(day.getUTCDate()).padStart(2, '0')}.${String(day.getUTCMonth() + 1).padStart(2, '0')}.${day.getUTCFullYear()} ${String(9 + next(12)).padStart(2, '0')}:${String(next(60)).padStart(2, '0')}:00`;
    const [city, street] = pick(STREETS, c < 0 ? 1 : c);
    const person =
      c < 0
        ? DEMO_CLAIMANT
        : {
            name: customerName(c),
            phone: `+996 ${pick(PREFIXES, c)} ${String(100 + (c % 900)).padStart(3, '0')} ${String(c % 1000).padStart(3, '0')}`,
            email: c % 4 === 0 ? '' : `client${c}@example.kg`,
            address: `${city}, ${street}, д. ${1 + (c % 120)}, кв. ${1 + (c % 80)}`,
          };
    lines.push(
      [
        `IS-${String(100_000 + i)}`,
        date,
        person.name,
        person.phone,
        person.email,
        `"${person.address}"`,
        pick(deliveries, next(deliveries.length)),
        pick(payments, next(payments.length)),
      ].join(';'),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
};

/** Written into the data folder's `demo/` (the import reads and fingerprints it like any chosen file). */
export const writeDemoOrderFile = async (dataDir: string): Promise<string> => {
  const dir = join(dataDir, 'demo');
  await mkdir(dir, { recursive: true });
  const path = join(dir, DEMO_ORDER_FILE);
  await writeFile(path, demoOrderCsv());
  return path;
};
