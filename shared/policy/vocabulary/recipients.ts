import type { Jurisdiction } from '../../domain/common';
import type { RecipientType } from '../../domain/recipient';
import type { Term } from './types';

/** Kinds of recipients a policy allows data to go to (the register's RecipientType values). */
export const RECIPIENT_KIND_TERMS: readonly Term<RecipientType>[] = [
  {
    value: 'courier',
    lang: 'ru',
    patterns: [`курьер`, `служб\\S* доставк`, `логистическ\\S* (компани|оператор|служб)`, `перевозчик`],
    reason: 'Образец, п. 5.2: «курьерским службам».',
  },
  { value: 'courier', lang: 'kk', patterns: [`курьер`, `жеткізу қызмет`], reason: '«курьерлік қызметтер».' },
  {
    value: 'postal',
    lang: 'ru',
    patterns: [`почтов\\S* (связ|оператор|служб)`, `казпочт`, `почтасы`, `почта росси`],
    reason: 'Образец, п. 5.2: «организациями почтовой связи».',
  },
  {
    value: 'postal',
    lang: 'kk',
    patterns: [`пошта байланыс`, `қазпошта`],
    reason: '«пошта байланысы операторлары».',
  },
  {
    value: 'telecom',
    lang: 'ru',
    patterns: [
      `электросвяз`,
      `оператор\\S* (сотовой |мобильной |подвижной )?(радиотелефонной )?связи`,
      `sms`,
      `смс`,
    ],
    reason: 'Образец, п. 5.2: «операторам электросвязи».',
  },
  {
    value: 'telecom',
    lang: 'kk',
    patterns: [`байланыс оператор`, `ұялы байланыс`],
    reason: '«байланыс операторлары».',
  },
  {
    value: 'bank',
    lang: 'ru',
    patterns: [
      `(?<!\\p{L})банк`,
      `платежн\\S* (систем|агент|сервис|организац|провайдер|шлюз)`,
      `кредитн\\S* организац`,
      `эквайр`,
      `процессинг`,
    ],
    reason: 'Банки и платёжные организации (в образце istore.kg не названы).',
  },
  {
    value: 'bank',
    lang: 'kk',
    patterns: [`(?<!\\p{L})банк`, `төлем жүйе`],
    reason: '«банктер және төлем жүйелері».',
  },
  {
    value: 'state',
    lang: 'ru',
    patterns: [
      `орган\\S* государственн`,
      `государственн\\S* орган`,
      `уполномоченн\\S* орган\\S* (государствен|власти)`,
      `правоохранительн`,
      `налогов\\S* орган`,
    ],
    reason: 'Образец, п. 5.3: «уполномоченным органам государственной власти Кыргызской Республики».',
  },
  {
    value: 'state',
    lang: 'kk',
    patterns: [`мемлекеттік орган`, `уәкілетті орган`],
    reason: '«уәкілетті мемлекеттік органдар».',
  },
  {
    value: 'analytics',
    lang: 'ru',
    patterns: [
      `аналитическ`,
      `рекламн\\S* (партнер|сет|систем|площадк|агентств)`,
      `счетчик`,
      `метрик`,
      `google analytics`,
      `маркетингов\\S* (партнер|агентств)`,
    ],
    reason: 'Партнёры по аналитике и рекламе (Яндекс Метрика, Google Analytics).',
  },
  {
    value: 'analytics',
    lang: 'kk',
    patterns: [`талдау (жүйе|қызмет)`, `жарнама\\S* серіктес`, `google analytics`],
    reason: 'Аналитические и рекламные партнёры.',
  },
];

/** Words of handing data over: a clause that names recipients does it with one of these. */
export const TRANSFER_PATTERNS: readonly string[] = [
  'переда',
  'предоставл',
  'раскры',
  'поруч\\S* обработк',
  'доступ\\S* третьих',
  // kk: «беруге», «беріледі», «беру»
  '(?<!\\p{L})бер(у|уге|іледі|іле|ілуі)',
  'табыстал',
];

/** Countries by the names policies use («Кыргызской Республики», «РК», «Қазақстан Республикасы»). */
export const COUNTRY_TERMS: readonly Term<Jurisdiction>[] = [
  {
    value: 'KG',
    lang: 'ru',
    patterns: [`кыргызск\\S* республик`, `киргизск\\S* республик`, `кыргызстан`, `(?<!\\p{L})кр(?!\\p{L})`],
    reason: 'Образец, пп. 5.3, 7.1, 8.3: «Кыргызской Республики».',
  },
  { value: 'KG', lang: 'kk', patterns: [`қырғыз республика`], reason: '«Қырғыз Республикасы».' },
  {
    value: 'KZ',
    lang: 'ru',
    patterns: [`республик\\S* казахстан`, `казахстан`, `(?<!\\p{L})рк(?!\\p{L})`],
    reason: '«Республики Казахстан», «РК».',
  },
  { value: 'KZ', lang: 'kk', patterns: [`қазақстан республика`], reason: '«Қазақстан Республикасының».' },
  {
    value: 'RU',
    lang: 'ru',
    patterns: [`российск\\S* федераци`, `(?<!\\p{L})рф(?!\\p{L})`, `(?<!\\p{L})росси(и|я|ей)(?!\\p{L})`],
    reason: 'Образец, п. 8.4: «законодательство Российской Федерации».',
  },
  { value: 'RU', lang: 'kk', patterns: [`ресей федерация`], reason: '«Ресей Федерациясы».' },
];
