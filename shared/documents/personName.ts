/**
 * A person's name in a letter: the addressee as GOST R 7.0.97-2025 writes it (surname in the dative
 * and initials, «Токтогуловой Ж. М.») and the salutation by the gender the patronymic shows
 * («Уважаемый Бакыт Кенешович!»). Declension is the kept library `lvovich`; what it cannot know is
 * handled here and said so:
 * - Kyrgyz and Kazakh patronymics («Бакыт кызы», «Муратбек уулу», «Серікқызы», «Серікұлы») are not
 *   declined (they are indeclinable) and give the gender (кызы/қызы — female, уулу/улы/ұлы — male);
 * - without a patronymic the gender is not guessed for a salutation (a neutral «Здравствуйте, …!»);
 * - a surname whose dative depends on a gender nobody can tell (a foreign or indeclinable-looking
 *   name without a patronymic) stays in the nominative with `declined: false`: the editor asks the
 *   officer to check it;
 * - an organisation's name (quotes, a legal form, digits) is left as written.
 */
import { getFirstnameGender, getLastnameGender, inclineLastname } from 'lvovich';

export type Gender = 'male' | 'female';

export interface PersonName {
  surname: string;
  first: string;
  /** With a Kyrgyz/Kazakh particle when written apart: «Бакыт кызы». */
  patronymic: string;
}

const LEGAL_FORM =
  /(^|[\s"«(])(ООО|ОсОО|ТОО|АО|ОАО|ЗАО|ПАО|НАО|ИП|ГУ|ГКП|РГП|МФО|LLC|LLP|JSC|Ltd|GmbH|Inc)(?=$|[\s"»),.])/i;
const WORD = /^[\p{Script=Cyrillic}][\p{Script=Cyrillic}'’-]*$/u;
const PARTICLE = /^(кызы|қызы|уулу|улы|ұлы)$/iu;

/** Male or female by the patronymic alone; null when there is none or it says nothing. */
export const patronymicGender = (patronymic: string): Gender | null => {
  const p = patronymic.trim().toLowerCase();
  if (p === '') return null;
  if (/(кызы|қызы)$/u.test(p) || /(овна|евна|ична|инична)$/u.test(p)) return 'female';
  if (/(уулу|улы|ұлы)$/u.test(p) || /(ович|евич|ич)$/u.test(p)) return 'male';
  return null;
};

const isPatronymicWord = (w: string) => patronymicGender(w) !== null && !PARTICLE.test(w);

/**
 * «Фамилия Имя Отчество» (also «Фамилия Имя Бакыт кызы», «Имя Муратбек уулу», «Фамилия Имя» and
 * «Имя Фамилия»); null for an organisation or anything that is not two to four words of letters.
 */
export const parsePersonName = (full: string): PersonName | null => {
  const text = full.trim().replace(/\s+/g, ' ');
  if (text === '' || LEGAL_FORM.test(text) || /[«»"\d]/.test(text)) return null;
  const words = text.split(' ');
  if (words.length < 2 || words.length > 4 || !words.every((w) => WORD.test(w))) return null;
  const last = words[words.length - 1] ?? '';
  let patronymic = '';
  let rest = words;
  if (PARTICLE.test(last) && words.length >= 3) {
    patronymic = words.slice(-2).join(' ');
    rest = words.slice(0, -2);
  } else if (isPatronymicWord(last) && words.length >= 3) {
    patronymic = last;
    rest = words.slice(0, -1);
  }
  if (rest.length === 1) {
    // «Улан Муратбек уулу»: the patronymic stands where a surname would.
    return patronymic ? { surname: '', first: rest[0] ?? '', patronymic } : null;
  }
  if (rest.length !== 2) return null;
  const [a = '', b = ''] = rest;
  // Without a patronymic the order may be «Имя Фамилия» (shop exports): trust a surname's ending.
  if (
    !patronymic &&
    getLastnameGender(a) === null &&
    getLastnameGender(b) !== null &&
    getLastnameGender(b) !== 'androgynous'
  )
    return { surname: b, first: a, patronymic };
  return { surname: a, first: b, patronymic };
};

const initial = (word: string) => (word ? `${word.charAt(0).toLocaleUpperCase('ru')}.` : '');

export interface Addressee {
  /** «Токтогуловой Ж. М.», or the name as written when it could not be declined. */
  text: string;
  /** False when the text is not a checked dative (an organisation, an unknown gender, a foreign name). */
  declined: boolean;
}

/** The addressee line of a letter to a person: surname in the dative and initials. */
export const dativeAddressee = (full: string): Addressee => {
  const name = parsePersonName(full);
  if (!name) return { text: full.trim(), declined: false };
  // Without a surname the «… уулу / … кызы» form stands as one (as in the passport): first initial only.
  if (name.surname === '') return { text: `${name.patronymic} ${initial(name.first)}`, declined: true };
  const initials = [initial(name.first), initial(name.patronymic)].filter(Boolean).join(' ');
  const surnameGender = getLastnameGender(name.surname);
  const gender =
    patronymicGender(name.patronymic) ??
    (surnameGender === 'male' || surnameGender === 'female' ? surnameGender : null) ??
    (getFirstnameGender(name.first) === 'female' ? 'female' : null);
  if (gender === null) return { text: `${name.surname} ${initials}`, declined: false };
  return { text: `${inclineLastname(name.surname, 'dative', gender)} ${initials}`, declined: true };
};

/**
 * «Уважаемый Бакыт Кенешович!», «Уважаемая Айгуль Бакыт кызы!»; without a patronymic that shows the
 * gender, the neutral «Здравствуйте, Асель Кыдырбаева!»; for an organisation or no name, «Здравствуйте!».
 */
export const salutationFor = (full: string): string => {
  const name = parsePersonName(full);
  if (!name) return 'Здравствуйте!';
  const gender = patronymicGender(name.patronymic);
  if (gender === 'male') return `Уважаемый ${name.first} ${name.patronymic}!`;
  if (gender === 'female') return `Уважаемая ${name.first} ${name.patronymic}!`;
  return `Здравствуйте, ${[name.first, name.surname].filter(Boolean).join(' ')}!`;
};
