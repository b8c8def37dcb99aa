import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import iconv from 'iconv-lite';

/** Deterministic PRNG (mulberry32): the same seed gives byte-identical files. */
export const prng = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const SURNAMES = [
  'Иванов',
  'Петров',
  'Сидоров',
  'Асанов',
  'Токтогулов',
  'Кузнецов',
  'Смирнов',
  'Абдыкадыров',
  'Омуралиев',
  'Садыков',
  'Жумабеков',
  'Волков',
];
const NAMES = ['Иван', 'Бакыт', 'Айбек', 'Нурлан', 'Сергей', 'Азамат', 'Эрлан', 'Данияр', 'Максим', 'Улан'];
const PATRONYMICS = ['Иванович', 'Бакытович', 'Сергеевич', 'Асанович', 'Петрович', 'Маратович'];
const CITIES = ['г. Бишкек', 'г. Ош', 'г. Каракол', 'г. Москва', 'г. Алматы'];
const STREETS = ['ул. Киевская', 'пр. Чуй', 'ул. Токтогула', 'ул. Ленина', 'мкр. Джал'];
export const DELIVERY = ['СДЭК', 'Кыргыз почтасы', 'Курьер Бишкек', 'Самовывоз', 'Экспресс Доставка'];
export const PAYMENT = ['Банковская карта', 'Наличные', 'Элсом', 'Optima Bank', 'MBank'];

const pick = <T>(rnd: () => number, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;

const writer = (path: string, encoding: 'win1251' | 'utf8') => {
  const out = createWriteStream(path, { highWaterMark: 1 << 20 });
  let buffer = '';
  return {
    write: async (text: string) => {
      buffer += text;
      if (buffer.length > 1 << 18) {
        const ok = out.write(encoding === 'utf8' ? buffer : iconv.encode(buffer, 'win1251'));
        buffer = '';
        if (!ok) await once(out, 'drain');
      }
    },
    end: async () => {
      out.end(encoding === 'utf8' ? buffer : iconv.encode(buffer, 'win1251'));
      await once(out, 'finish');
    },
  };
};

/**
 * A 1C-Bitrix-like order list: Windows-1251, `;`, a title line above the header, Cyrillic names,
 * phones written in several local forms, ~8 % quoted addresses with a line break, ~30 % repeat buyers
 * (`distinctBuyers`: every order by another buyer, the identity tables' worst case).
 */
export const writeBitrixExport = async (
  path: string,
  rows: number,
  seed = 20261122,
  distinctBuyers = false,
): Promise<void> => {
  const rnd = prng(seed);
  const w = writer(path, 'win1251');
  await w.write('Список заказов;;;;;;;;\r\n');
  await w.write(
    'Номер заказа;Дата создания;ФИО;Телефон;E-mail;Адрес доставки;Служба доставки;Платежная система;Сумма\r\n',
  );
  const buyers = Math.floor(rows * 0.7);
  for (let i = 0; i < rows; i += 1) {
    const drawn = Math.floor(rnd() * buyers);
    const buyer = distinctBuyers ? i : drawn;
    const local = String(500000000 + ((buyer * 7919) % 99999999)).padStart(9, '0');
    const phone =
      buyer % 3 === 0
        ? `0${local.slice(0, 3)} ${local.slice(3, 6)} ${local.slice(6)}`
        : buyer % 3 === 1
          ? `+996 (${local.slice(0, 3)}) ${local.slice(3, 5)}-${local.slice(5, 7)}-${local.slice(7)}`
          : `+996${local}`;
    const name = `${SURNAMES[buyer % SURNAMES.length]} ${NAMES[(buyer >> 3) % NAMES.length]} ${PATRONYMICS[(buyer >> 5) % PATRONYMICS.length]}`;
    const street = `${pick(rnd, CITIES)}, ${pick(rnd, STREETS)}, ${1 + Math.floor(rnd() * 200)}`;
    const address = rnd() < 0.08 ? `"${street}\r\nкв. ${1 + Math.floor(rnd() * 90)}"` : street;
    const day = 1 + Math.floor(rnd() * 28);
    const month = 1 + Math.floor(rnd() * 12);
    const date = `${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}.2025 ${String(Math.floor(rnd() * 24)).padStart(2, '0')}:${String(Math.floor(rnd() * 60)).padStart(2, '0')}:00`;
    await w.write(
      `${100000 + i};${date};${name};${phone};buyer${buyer}@mail.kg;${address};${pick(rnd, DELIVERY)};${pick(rnd, PAYMENT)};${100 + Math.floor(rnd() * 9000)}\r\n`,
    );
  }
  await w.end();
};

/** A Shopify orders CSV (UTF-8, `,`): one row per line item, order columns on the first row only. */
export const writeShopifyExport = async (path: string, rows: number, seed = 7): Promise<void> => {
  const rnd = prng(seed);
  const w = writer(path, 'utf8');
  await w.write(
    'Name,Email,Financial Status,Created at,Lineitem quantity,Lineitem name,Billing Name,Billing Phone,Shipping Name,Shipping Address1,Shipping City,Shipping Country,Shipping Phone,Shipping Method,Payment Method,Phone\n',
  );
  let order = 1000;
  for (let written = 0; written < rows;) {
    order += 1;
    const items = 1 + Math.floor(rnd() * 3);
    const buyer = Math.floor(rnd() * rows * 0.5);
    const name = `${SURNAMES[buyer % SURNAMES.length]} ${NAMES[(buyer >> 3) % NAMES.length]}`;
    const phone = `+996 555 ${String(buyer % 1000000).padStart(6, '0')}`;
    for (let item = 0; item < items && written < rows; item += 1, written += 1) {
      await w.write(
        item === 0
          ? `#${order},shop${buyer}@example.kg,paid,2025-03-${String(1 + (order % 28)).padStart(2, '0')} 10:22:33 +0600,1,Товар ${item},${name},${phone},${name},"${pick(rnd, STREETS)}, ${order % 100}",Бишкек,KG,${phone},${pick(rnd, DELIVERY)},${pick(rnd, PAYMENT)},\n`
          : `#${order},shop${buyer}@example.kg,,,1,Товар ${item},,,,,,,,,,\n`,
      );
    }
  }
  await w.end();
};
