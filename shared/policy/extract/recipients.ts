import type { PolicyClause } from '../../domain/policy';
import { COUNTRY_TERMS, RECIPIENT_KIND_TERMS, TRANSFER_PATTERNS } from '../vocabulary/recipients';
import { foldText, matchTerm, mentions, valuesIn } from '../vocabulary/types';
import { sentenceAround, type FactList } from './factList';
import { inDefinitions } from './listItems';

/** Clauses that hand data over and name to whom: «…вправе передавать персональные данные третьим лицам, в частности, курьерским службам…». */
export const extractRecipientKinds = (clauses: readonly PolicyClause[], facts: FactList): void => {
  for (const clause of clauses) {
    if (inDefinitions(clauses, clause) || !mentions(TRANSFER_PATTERNS, clause.text)) continue;
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
