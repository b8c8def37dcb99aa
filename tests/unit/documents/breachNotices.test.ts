import { describe, expect, it } from 'vitest';
import { renderBreachDocument } from '../../../shared/documents/breachDocuments';
import { letterCommon, mailMergePage, subjectLetter } from '../../../shared/documents/breachLetters';
import type { BreachIncident } from '../../../shared/domain/breach';
import type { DocumentFonts } from '../../../shared/documents/types';
import { makeOrganisation } from '../registerFixtures';

const fonts: DocumentFonts = { css: '', serif: 'Noto Serif', sans: 'Noto Serif' };
const ru = makeOrganisation({
  name: 'Пример',
  legalForm: 'ООО',
  jurisdiction: 'RU',
  registrationNumber: '7707083893',
  stateRegistrationNumber: '1027700132195',
  legalAddress: '101000, г. Москва, ул. Мясницкая, д. 1',
  responsibleName: 'Петрова Анна Сергеевна',
  responsiblePosition: 'Ответственный за организацию обработки ПД',
  phone: '+7 495 000-00-00',
  email: 'dpo@example.ru',
});

const incident = (over: Partial<BreachIncident> = {}): BreachIncident => ({
  id: 1,
  organisationId: 1,
  organisationName: 'ООО «Пример»',
  number: 'ИНЦ-3/2026',
  seq: 3,
  year: 2026,
  jurisdiction: 'RU',
  timeZone: 'Europe/Moscow',
  detectedAt: '2026-11-20T07:15:00.000Z',
  becameAwareAt: '2026-11-20T09:00:00.000Z',
  detectedBy: 'Администратор',
  description: 'Выгрузка заказов оказалась в открытом доступе',
  dataCategories: ['fullName', 'phone', 'deliveryAddress'],
  subjectCategories: ['customers'],
  approxSubjects: 1240,
  approxRecords: 3100,
  recipientIds: [],
  recipients: [],
  systems: ['CRM'],
  presumedCauses: 'Ошибка настройки доступа',
  likelyConsequences: 'Нежелательные звонки',
  measuresTaken: 'Доступ закрыт',
  investigationResults: '',
  personsResponsible: '',
  contactName: '',
  contactPosition: '',
  contactPhone: '',
  contactEmail: '',
  notes: '',
  status: 'open',
  severity: null,
  decision: null,
  clocks: [],
  notifications: [],
  scope: null,
  attachments: [],
  createdAt: '2026-11-20T09:00:00.000Z',
  updatedAt: '2026-11-20T09:00:00.000Z',
  ...over,
});

describe('the Roskomnadzor notice (152-FZ art. 21 part 3.1)', () => {
  const html = renderBreachDocument('breachNoticeRu24', incident(), ru, fonts);

  it('has every field of the regulator’s form, with the operator’s numbers and address', () => {
    for (const text of [
      'ИНН',
      '7707083893',
      'ОГРН / ОГРНИП',
      '1027700132195',
      '101000, г. Москва',
      'Дата и время выявления инцидента',
      '20.11.2026 10:15 (МСК)',
      'ФИО, номер телефона, адрес доставки',
      'Покупатели; примерно 1240',
      'Ошибка настройки доступа',
      'Нежелательные звонки',
      'Доступ закрыт',
      'пунктом 1 части 3.1 статьи 21',
    ])
      expect(html.replace(/&nbsp;/g, ' ')).toContain(text);
  });

  /** The contact rows of the printed form: «field: value» in order. */
  const contactRows = (doc: string) =>
    [...doc.matchAll(/<tr><td class="k">([^<]+)<\/td><td>([^<]*)<\/td><\/tr>/g)]
      .map((m) => `${m[1]}: ${m[2]}`)
      .filter((r) => /^(Фамилия|Должность|Телефон|Адрес электронной)/.test(r));

  it('names the organisation’s responsible person when the incident has no contact of its own', () => {
    expect(contactRows(html)).toEqual([
      'Фамилия, имя, отчество: Петрова Анна Сергеевна',
      'Должность: Ответственный за организацию обработки ПД',
      'Телефон: +7 495 000-00-00',
      'Адрес электронной почты: dpo@example.ru',
    ]);
    const own = renderBreachDocument(
      'breachNoticeRu24',
      incident({ contactName: 'Иванов И. И.', contactPhone: '+7 900' }),
      ru,
      fonts,
    );
    // The incident's own contact, each field of the form on its row; a missing one is a visible «—».
    expect(contactRows(own)).toEqual([
      'Фамилия, имя, отчество: Иванов И. И.',
      'Должность: —',
      'Телефон: +7 900',
      'Адрес электронной почты: —',
    ]);
  });

  it('keeps a group heading with its first row and the signature with the last rows', () => {
    expect(html).toMatch(
      /<tbody class="keep"><tr class="group"><td colspan="2">Сведения об инциденте<\/td><\/tr><tr>/,
    );
    expect(html).toMatch(/\.sign \{ break-before: avoid/);
    expect(html).not.toContain('<tbody></tbody>');
  });

  it('prints no zone id and numbers pages from the second', () => {
    expect(html).not.toMatch(/Europe\/|Asia\//);
    expect(html).toContain('@page :first { @top-center { content: none; } }');
  });
});

describe('the KG notice to the authorised body', () => {
  const kg = makeOrganisation({ jurisdiction: 'KG', registrationNumber: '02311201910245' });
  const html = renderBreachDocument(
    'breachNoticeKg',
    incident({ jurisdiction: 'KG', timeZone: 'Asia/Bishkek' }),
    kg,
    fonts,
  );

  it('is addressed to the State Agency and says it is voluntary, citing the legal basis', () => {
    expect(html).toContain('Государственное агентство по защите персональных данных при Кабинете Министров');
    expect(html).toContain('Уведомление направляется добровольно');
    expect(html).toContain('№ 58');
    expect(html).toContain('статья 29-1');
    expect(html).toContain('20.11.2026 13:15 (UTC+6)');
  });
});

describe('the KZ notice', () => {
  it('lists the subjects for their later notice and cites the protection rules', () => {
    const kz = makeOrganisation();
    const html = renderBreachDocument(
      'breachNoticeKz',
      incident({ jurisdiction: 'KZ', timeZone: 'Asia/Almaty' }),
      kz,
      fonts,
      {
        subjectsList: 'Омарова Динара, 870112345678, +77011234567',
      },
    );
    expect(html).toContain('Омарова Динара, 870112345678, +77011234567');
    expect(html).toContain('№ 179/НҚ');
    expect(html).toContain('(UTC+5)');
  });
});

describe('letters to subjects', () => {
  const common = letterCommon(incident(), ru, '');
  it('address a person in the dative with initials and greet by the patronymic', () => {
    const letter = subjectLetter(common, {
      id: 1,
      fullName: 'Токтогулова Жылдыз Маратовна',
      address: 'г. Бишкек, ул. Киевская, 10',
      phones: [],
      emails: [],
    });
    expect(letter).toContain('Токтогуловой Ж. М.<br>г. Бишкек, ул. Киевская, 10');
    expect(letter).toContain('<p class="salutation">Уважаемая Жылдыз Маратовна!</p>');
    expect(letter).not.toContain('Уважаемый(ая)');
  });

  it('print what the officer typed as sentences', () => {
    const typed = letterCommon(
      incident({
        description: 'Выгрузка заказов оказалась в открытом доступе',
        measuresTaken: 'Доступ закрыт',
      }),
      ru,
      'Смените пароль!',
    );
    expect(typed.body).toContain(
      'мы выявили инцидент (ИНЦ-3/2026). Выгрузка заказов оказалась в открытом доступе.</p>',
    );
    expect(typed.body).toContain('Доступ закрыт.</p>');
    expect(typed.body).toContain('Смените пароль!</p>');
  });

  it('greet neutrally without a patronymic, and number only a single letter’s pages', () => {
    const letter = subjectLetter(common, {
      id: 2,
      fullName: 'Асель Кыдырбаева',
      address: '',
      phones: [],
      emails: [],
    });
    expect(letter).toContain('<p class="salutation">Здравствуйте, Асель Кыдырбаева!</p>');
    expect(mailMergePage([letter], fonts, true)).toContain('@top-center');
    expect(mailMergePage([letter, letter], fonts)).not.toContain('@top-center');
  });
});
