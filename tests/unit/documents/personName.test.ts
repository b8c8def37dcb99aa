import { describe, expect, it } from 'vitest';
import {
  dativeAddressee,
  parsePersonName,
  patronymicGender,
  salutationFor,
} from '../../../shared/documents/personName';

describe('the addressee in the dative with initials (GOST R 7.0.97-2025)', () => {
  it.each([
    ['Токтогулова Жылдыз Маратовна', 'Токтогуловой Ж. М.'],
    ['Асанов Бакыт Кенешович', 'Асанову Б. К.'],
    ['Сидоров Иван Петрович', 'Сидорову И. П.'],
    ['Иванова-Петрова Анна Сергеевна', 'Ивановой-Петровой А. С.'],
    ['Шевчук Мария Ивановна', 'Шевчук М. И.'],
    ['Шевчук Олег Иванович', 'Шевчуку О. И.'],
    ['Черных Ольга Петровна', 'Черных О. П.'],
    ['Ким Тимур Сергеевич', 'Киму Т. С.'],
    // Kyrgyz patronymics written apart: indeclinable, they give the gender and the initial.
    ['Асанова Айгуль Бакыт кызы', 'Асановой А. Б.'],
    ['Алиев Нурлан Бакыт уулу', 'Алиеву Н. Б.'],
    // Kazakh patronymics written together, with Kazakh letters.
    ['Омарова Динара Серікқызы', 'Омаровой Д. С.'],
    ['Жақсыбеков Ерлан Серікұлы', 'Жақсыбекову Е. С.'],
    ['Жумабаева Айжан Нурлановна', 'Жумабаевой А. Н.'],
    // No surname: the patronymic stands for it.
    ['Улан Муратбек уулу', 'Муратбек уулу У.'],
    // No patronymic: the surname's ending tells the gender; «Имя Фамилия» order is recognised.
    ['Кыдырбаева Асель', 'Кыдырбаевой А.'],
    ['Асель Кыдырбаева', 'Кыдырбаевой А.'],
  ])('%s → %s', (name, expected) => {
    expect(dativeAddressee(name)).toEqual({ text: expected, declined: true });
  });

  it('leaves what it cannot decline as written and says so', () => {
    expect(dativeAddressee('Ким Тимур')).toEqual({ text: 'Ким Т.', declined: false });
    expect(dativeAddressee('Jyldyz Toktogulova')).toEqual({ text: 'Jyldyz Toktogulova', declined: false });
    expect(dativeAddressee('ООО «Ромашка»')).toEqual({ text: 'ООО «Ромашка»', declined: false });
    expect(dativeAddressee('Роскомнадзор')).toEqual({ text: 'Роскомнадзор', declined: false });
  });
});

describe('the salutation by the gender of the patronymic', () => {
  it.each([
    ['Асанов Бакыт Кенешович', 'Уважаемый Бакыт Кенешович!'],
    ['Токтогулова Жылдыз Маратовна', 'Уважаемая Жылдыз Маратовна!'],
    ['Асанова Айгуль Бакыт кызы', 'Уважаемая Айгуль Бакыт кызы!'],
    ['Алиев Нурлан Бакыт уулу', 'Уважаемый Нурлан Бакыт уулу!'],
    ['Омарова Динара Серікқызы', 'Уважаемая Динара Серікқызы!'],
    ['Жақсыбеков Ерлан Серікұлы', 'Уважаемый Ерлан Серікұлы!'],
    // Neutral when no patronymic shows the gender.
    ['Кыдырбаева Асель', 'Здравствуйте, Асель Кыдырбаева!'],
    ['ТОО «Өрнек»', 'Здравствуйте!'],
    ['', 'Здравствуйте!'],
  ])('%s → %s', (name, expected) => expect(salutationFor(name)).toBe(expected));

  it('reads the gender from the patronymic only', () => {
    expect(patronymicGender('Маратовна')).toBe('female');
    expect(patronymicGender('Ильинична')).toBe('female');
    expect(patronymicGender('Ильич')).toBe('male');
    expect(patronymicGender('Серікұлы')).toBe('male');
    expect(patronymicGender('')).toBeNull();
    expect(parsePersonName('Асанова Айгуль Бакыт кызы')).toEqual({
      surname: 'Асанова',
      first: 'Айгуль',
      patronymic: 'Бакыт кызы',
    });
  });
});
