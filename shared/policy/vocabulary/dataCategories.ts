import type { DataCategory } from '../../domain/recipient';
import type { Term } from './types';

/** Word start / end for Cyrillic (JavaScript's \b knows only Latin letters). */
const S = '(?<!\\p{L})';
const E = '(?!\\p{L})';

/** Categories of personal data a policy says it collects (the register's DataCategory values). */
export const DATA_CATEGORY_TERMS: readonly Term<DataCategory>[] = [
  {
    value: 'fullName',
    lang: 'ru',
    patterns: [`${S}фамили`, `${S}отчеств`, `${S}фио${E}`, `${S}ф\\.\\s?и\\.\\s?о\\.?`, `${S}им(я|ени)${E}`],
    reason: 'Образец istore.kg, п. 3.2.1: «фамилию, имя, отчество Пользователя»; в политиках часто «ФИО».',
  },
  {
    value: 'fullName',
    lang: 'kk',
    patterns: [`${S}тег[іi]${E}`, `әкесінің аты`, `${S}аты-жөні`, `${S}аты${E}`],
    reason: 'Казахские политики: «тегі, аты, әкесінің аты (бар болса)».',
  },
  {
    value: 'phone',
    lang: 'ru',
    patterns: [`${S}телефон`, `${S}мобильн\\S* номер`],
    reason: 'Образец, п. 3.2.2: «контактный телефон Пользователя».',
  },
  { value: 'phone', lang: 'kk', patterns: [`телефон нөмір`, `${S}телефон`], reason: '«телефон нөмірі».' },
  {
    value: 'email',
    lang: 'ru',
    patterns: [`электронн\\S* почт`, `${S}e-?mail`, `${S}эл\\. почт`],
    reason: 'Образец, п. 3.2.3: «адрес электронной почты (e-mail)».',
  },
  { value: 'email', lang: 'kk', patterns: [`электрондық пошта`], reason: '«электрондық пошта мекенжайы».' },
  {
    value: 'deliveryAddress',
    lang: 'ru',
    patterns: [`адрес\\S* доставк`, `адрес\\S* (для )?получени`, `адрес\\S* пункт\\S* выдачи`],
    reason: 'Образец, п. 3.2.4: «адрес доставки Товара».',
  },
  { value: 'deliveryAddress', lang: 'kk', patterns: [`жеткізу мекенжай`], reason: '«жеткізу мекенжайы».' },
  {
    value: 'residence',
    lang: 'ru',
    patterns: [`мест\\S* жительств`, `адрес\\S* (проживани|регистраци|места жительства)`],
    reason: 'Образец, п. 3.2.5: «место жительство Пользователя» (с опечаткой в оригинале).',
  },
  {
    value: 'residence',
    lang: 'kk',
    patterns: [`тұрғылықты (жер|мекенжай)`, `тіркелген мекенжай`],
    reason: '«тұрғылықты жері» — место жительства.',
  },
  {
    value: 'orderHistory',
    lang: 'ru',
    patterns: [`истори\\S* (покупок|заказов)`, `сведени\\S* о (заказ|покупк)`, `состав\\S* заказ`],
    reason: 'Образец, п. 3.4: «история покупок».',
  },
  {
    value: 'orderHistory',
    lang: 'kk',
    patterns: [`тапсырыстар тарихы`, `сатып алу\\S* тарихы`],
    reason: '«тапсырыстар тарихы» — история заказов.',
  },
  {
    value: 'paymentData',
    lang: 'ru',
    patterns: [
      `платежн\\S* (данн|реквизит|информаци)`,
      `банковск\\S* карт`,
      `реквизит\\S* (карт|счет|банк)`,
      `номер\\S* (карты|счета)`,
    ],
    reason:
      'Платёжные данные: «реквизиты банковской карты» — в образце их нет, поэтому банк с ними будет отмечен.',
  },
  {
    value: 'paymentData',
    lang: 'kk',
    patterns: [`төлем деректер`, `банк карта`],
    reason: '«төлем деректері», «банк картасы».',
  },
  {
    value: 'onlineIdentifiers',
    lang: 'ru',
    patterns: [
      `(?<![a-z])ip(?![a-z])`,
      `cookie`,
      `куки`,
      `браузер`,
      `реферер`,
      `время доступа`,
      `адрес\\S* (предыдущ\\S* )?страниц`,
      `операционн\\S* систем`,
      `пиксел`,
      `идентификатор\\S* устройств`,
    ],
    reason: 'Образец, п. 3.3: IP адрес, cookies, браузер, время доступа, адрес страницы, реферер.',
  },
  {
    value: 'onlineIdentifiers',
    lang: 'kk',
    patterns: [`ip-мекенжай`, `cookie`, `браузер`],
    reason: '«IP-мекенжайы», «cookie файлдары».',
  },
  {
    value: 'nationalId',
    lang: 'ru',
    patterns: [
      `паспорт`,
      `${S}иин${E}`,
      `${S}инн${E}`,
      `${S}пин${E}`,
      `идентификационн\\S* номер`,
      `${S}снилс`,
    ],
    reason: 'ИИН (КЗ), ИНН (РФ), ПИН (КР), паспортные данные.',
  },
  {
    value: 'nationalId',
    lang: 'kk',
    patterns: [`${S}жсн${E}`, `жеке сәйкестендіру нөмір`, `жеке куәлік`],
    reason: '«жеке сәйкестендіру нөмірі (ЖСН)» — ИИН.',
  },
];
