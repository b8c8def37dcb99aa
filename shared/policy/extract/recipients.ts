import type { PolicyClause } from '../../domain/policy';
import { COUNTRY_TERMS, RECIPIENT_KIND_TERMS, TRANSFER_PATTERNS } from '../vocabulary/recipients';
import { foldText, matchTerm, mentions, valuesIn } from '../vocabulary/types';
import { sentenceAround, type FactList } from './factList';
import { inDefinitions, introducesList, introMentions, listItems } from './listItems';

/** A list introduced as one of recipients: «…вправе передавать персональные данные следующим лицам:». */
const RECIPIENT_LIST_INTRO = [
  'треть\\S* лиц',
  'следующим лицам',
  'получател',
  'контрагент',
  'партн[её]р',
  'организаци(ям|и)',
  'служб(ам|е)',
  'үшінші тұлға',
  'алушылар',
  // «Оператор вправе передавать персональные данные:» — the operator hands over, to whom follows
  '(вправе|может|могут|будут) (передава|раскрыва|предоставля)',
];

/** Clauses that hand data over and name to whom: «…вправе передавать персональные данные третьим лицам, в частности, курьерским службам…». */
export const extractRecipientKinds = (clauses: readonly PolicyClause[], facts: FactList): void => {
  for (const clause of clauses) {
    if (inDefinitions(clauses, clause) || !mentions(TRANSFER_PATTERNS, clause.text)) continue;
    // An item of the list of recipients that names no known kind is said, not dropped.
    if (introducesList(clause) && introMentions(clause, RECIPIENT_LIST_INTRO))
      for (const item of listItems(clauses, clause))
        if (item.short && !RECIPIENT_KIND_TERMS.some((term) => matchTerm(term, foldText(item.text))))
          facts.notRecognised('recipients', item.clause, item.text);
    const folded = foldText(clause.text);
    for (const term of RECIPIENT_KIND_TERMS) {
      const m = matchTerm(term, folded);
      if (!m) continue;
      facts.add(clause, {
        type: 'recipientKind',
        value: term.value,
        quote: sentenceAround(clause.text, m.index),
        flags: [],
      });
      if (term.value === 'state') {
        const countries = valuesIn(COUNTRY_TERMS, clause.text);
        const country = countries[0];
        if (country && countries.length === 1) {
          facts.add(clause, {
            type: 'stateBodyCountry',
            value: country,
            quote: sentenceAround(clause.text, m.index),
            flags: [],
          });
        } else {
          facts.notRecognised('recipients', clause, sentenceAround(clause.text, m.index));
        }
      }
    }
  }
  if (!facts.has('recipientKind')) facts.notRecognised('recipients', null, '');
};
