import type { PolicyClause } from '../../domain/policy';
import { DATA_CATEGORY_TERMS } from '../vocabulary/dataCategories';
import { CONSENT_PATTERNS } from '../vocabulary/obligations';
import { PURPOSE_TERMS } from '../vocabulary/purposes';
import { TRANSFER_PATTERNS } from '../vocabulary/recipients';
import { foldText, mentions, termRegex, valuesIn } from '../vocabulary/types';
import type { FactList } from './factList';
import {
  inDefinitions,
  inlineList,
  introMentions,
  introducesList,
  listItems,
  parenthesisedParts,
} from './listItems';

/** Introductions of a list of data: «Персональные данные … включают в себя следующую информацию:». */
const DATA_INTRO = ['данн', 'информаци', 'сведени', 'деректер', 'мәлімет'];
/** …and says they are collected («включают», «следующие», «автоматически передаются»), unlike «если данная информация:». */
const COLLECT_WORDS = [
  'включа',
  'следующ',
  'собира',
  'обрабатыва',
  'перечень',
  'состав',
  'получа',
  'предоставля',
  'запрашива',
  'автоматически',
  'жина',
  'өңде',
  'мыналар',
];
/** Headings of a section that lists data: «Состав обрабатываемых данных». */
const DATA_HEADING = [
  '(состав|перечень|категори)\\S* .{0,30}данн',
  'какие данные',
  'обрабатываем\\S* данн',
  'деректер (құрамы|тізбесі)',
];
/** Introductions and headings of purposes: «…может использовать в целях:», «Цели обработки». */
const PURPOSE_INTRO = ['цел(ях|ей|и)', 'мақсат'];
const PERSONAL_DATA = ['персональн\\S* (данн|информаци)', 'дербес деректер'];

/** A section heading whose clauses are the list: «## Цели обработки» followed by «1. …», «2. …». */
const isHeadingOf = (clause: PolicyClause, patterns: readonly string[]) =>
  clause.heading && patterns.some((p) => termRegex(p).test(foldText(clause.text.split('\n')[0] ?? '')));

const dataListClauses = (clauses: readonly PolicyClause[]) =>
  clauses.filter(
    (c) =>
      !inDefinitions(clauses, c) &&
      ((introducesList(c) &&
        introMentions(c, DATA_INTRO) &&
        introMentions(c, COLLECT_WORDS) &&
        !introMentions(c, PURPOSE_INTRO)) ||
        isHeadingOf(c, DATA_HEADING)),
  );

const purposeListClauses = (clauses: readonly PolicyClause[]) =>
  clauses.filter(
    (c) =>
      !inDefinitions(clauses, c) &&
      ((introducesList(c) && introMentions(c, PURPOSE_INTRO)) || isHeadingOf(c, ['цел', 'мақсат'])),
  );

export const extractDataCategories = (clauses: readonly PolicyClause[], facts: FactList): void => {
  for (const list of dataListClauses(clauses)) {
    for (const item of listItems(clauses, list)) {
      const values = valuesIn(DATA_CATEGORY_TERMS, item.text);
      for (const value of values)
        facts.add(item.clause, { type: 'dataCategory', value, quote: item.text, flags: [] });
      if (values.length === 0 && item.short) facts.notRecognised('dataCategories', item.clause, item.text);
    }
  }
  // «При посещении сайта автоматически собираются: IP-адрес, файлы cookie, сведения о браузере».
  for (const clause of clauses) {
    const inline = inlineList(clause);
    if (!inline || inDefinitions(clauses, clause) || !mentions(COLLECT_WORDS, inline.intro)) continue;
    if (mentions(PURPOSE_INTRO, inline.intro)) continue;
    for (const item of inline.items) {
      const values = valuesIn(DATA_CATEGORY_TERMS, item);
      for (const value of values) facts.add(clause, { type: 'dataCategory', value, quote: item, flags: [] });
      if (values.length === 0) facts.notRecognised('dataCategories', clause, item);
    }
  }
  // «Любая иная персональная информация … (история покупок, используемые браузеры …)».
  for (const clause of clauses) {
    if (inDefinitions(clauses, clause) || !mentions(PERSONAL_DATA, clause.text)) continue;
    for (const part of parenthesisedParts(clause.text)) {
      for (const value of valuesIn(DATA_CATEGORY_TERMS, part)) {
        facts.add(clause, { type: 'dataCategory', value, quote: part, flags: [] });
      }
    }
  }
  if (!facts.has('dataCategory')) facts.notRecognised('dataCategories', null, '');
};

const addPurposes = (facts: FactList, clause: PolicyClause, text: string, reportUnknown: boolean) => {
  const kinds = valuesIn(PURPOSE_TERMS, text);
  const consent = mentions(CONSENT_PATTERNS, text);
  for (const value of kinds) {
    facts.add(clause, { type: 'purpose', value, quote: text, flags: [] });
    if (consent) facts.add(clause, { type: 'consentPurpose', value, quote: text, flags: [] });
  }
  if (kinds.length === 0 && reportUnknown) facts.notRecognised('purposes', clause, text);
};

/** «…передавать … исключительно в целях выполнения заказа Пользователя, … включая доставку Товара». */
const transferPurpose = (text: string): string | null => {
  const m = /в цел(?:ях|ью)\s+.+?(?:\.(?=\s|$)|$)/su.exec(text) ?? /\S+\s+мақсат\S*/u.exec(text);
  return m ? m[0] : null;
};

export const extractPurposes = (clauses: readonly PolicyClause[], facts: FactList): void => {
  for (const list of purposeListClauses(clauses)) {
    const items = listItems(clauses, list);
    for (const item of items) addPurposes(facts, item.clause, item.text, item.short);
  }
  for (const clause of clauses) {
    if (inDefinitions(clauses, clause) || !mentions(TRANSFER_PATTERNS, clause.text)) continue;
    const purpose = transferPurpose(clause.text);
    if (purpose) addPurposes(facts, clause, purpose, false);
  }
  if (!facts.has('purpose')) facts.notRecognised('purposes', null, '');
};
