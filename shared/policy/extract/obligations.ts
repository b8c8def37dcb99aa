import type { Jurisdiction } from '../../domain/common';
import type { PeriodUnit, PolicyClause } from '../../domain/policy';
import {
  BLOCKING_ON_REQUEST_PATTERNS,
  BLOCKING_PATTERNS,
  CLAIM_MANDATORY_PATTERNS,
  CLAIM_PATTERNS,
  COURT_PATTERNS,
  INFORMING_PATTERNS,
  LAW_PATTERNS,
  LIMITED_RETENTION_PATTERNS,
  NUMBER_WORDS,
  RETENTION_CONTEXT_PATTERNS,
  UNLIMITED_RETENTION_PATTERNS,
} from '../vocabulary/obligations';
import { COUNTRY_TERMS } from '../vocabulary/recipients';
import { foldText, mentions, termRegex, valuesIn } from '../vocabulary/types';
import { sentenceAround, type FactList } from './factList';
import { inDefinitions } from './listItems';

const firstMatch = (patterns: readonly string[], text: string): RegExpExecArray | null => {
  const folded = foldText(text);
  for (const p of patterns) {
    const m = termRegex(p).exec(folded);
    if (m) return m;
  }
  return null;
};

const WORDS = Object.entries(NUMBER_WORDS);
const numberOf = (token: string): number | null => {
  if (/^\d+$/.test(token)) return Number(token);
  const hit = WORDS.find(([re]) => new RegExp(`^(${re})$`, 'u').test(token));
  return hit ? hit[1] : null;
};

const UNIT_RU =
  /в течение\s+(\d{1,3}|[а-я]+)\s*(?:\(([^)]{1,30})\)\s*)?(календарн\S*|рабоч\S*)?\s*(дн|день|дней|недел|месяц)/u;
/** «Срок ответа на претензию — 30 (тридцать) календарных дней». */
const TERM_RU =
  /срок\S* (?:ответа|рассмотрения|удовлетворения)[^.]{0,60}?(\d{1,3}|[а-я]+)\s*(?:\(([^)]{1,30})\)\s*)?(календарн\S*|рабоч\S*)?\s*(дн|день|дней|недел|месяц)/u;
const UNIT_KK =
  /(күнтізбелік|жұмыс)?\s*(\d{1,3})\s*(?:\(([^)]{1,30})\)\s*)?(жұмыс )?(күн|апта|ай)\S*\s+ішінде/u;

interface Period {
  amount: number;
  unit: PeriodUnit;
  assumed: boolean;
  index: number;
}

/** «в течение 30 календарных дней», «в течение десяти (10) рабочих дней», «күнтізбелік 30 күн ішінде». */
export const readPeriod = (text: string): Period | null => {
  const folded = foldText(text);
  const ru = UNIT_RU.exec(folded) ?? TERM_RU.exec(folded);
  if (ru) {
    const amount = numberOf(ru[1] ?? '') ?? numberOf((ru[2] ?? '').trim());
    if (amount === null || amount <= 0) return null;
    const word = ru[4] ?? '';
    const kind = ru[3] ?? '';
    if (word.startsWith('недел')) return { amount, unit: 'weeks', assumed: false, index: ru.index };
    if (word.startsWith('месяц')) return { amount, unit: 'months', assumed: false, index: ru.index };
    if (kind.startsWith('рабоч')) return { amount, unit: 'workingDays', assumed: false, index: ru.index };
    return { amount, unit: 'calendarDays', assumed: kind === '', index: ru.index };
  }
  const kk = UNIT_KK.exec(folded);
  if (kk) {
    const amount = Number(kk[2]);
    const word = kk[5] ?? '';
    const working = kk[1] === 'жұмыс' || kk[4] !== undefined;
    if (word === 'апта') return { amount, unit: 'weeks', assumed: false, index: kk.index };
    if (word === 'ай') return { amount, unit: 'months', assumed: false, index: kk.index };
    return {
      amount,
      unit: working ? 'workingDays' : 'calendarDays',
      assumed: !kk[1] && !working,
      index: kk.index,
    };
  }
  return null;
};

/** How a period's unit is written in the fact's value («30 календарных дней»). */
export const UNIT_WORDS: Record<PeriodUnit, string> = {
  calendarDays: 'календарных дней',
  workingDays: 'рабочих дней',
  weeks: 'недель',
  months: 'месяцев',
};

export const extractClaim = (clauses: readonly PolicyClause[], facts: FactList): void => {
  const claimClauses = clauses.filter((c) => !inDefinitions(clauses, c) && mentions(CLAIM_PATTERNS, c.text));
  for (const clause of claimClauses) {
    const mandatory = firstMatch(CLAIM_MANDATORY_PATTERNS, clause.text);
    if (mandatory) {
      facts.add(clause, {
        type: 'claimProcedure',
        value: 'mandatory',
        quote: sentenceAround(clause.text, mandatory.index),
        flags: [],
      });
    }
    const period = readPeriod(clause.text);
    if (period) {
      facts.add(clause, {
        type: 'claimPeriod',
        value: `${period.amount} ${UNIT_WORDS[period.unit]}`,
        amount: period.amount,
        unit: period.unit,
        quote: sentenceAround(clause.text, period.index),
        flags: period.assumed ? ['unitAssumed'] : [],
      });
    }
  }
  if (!facts.has('claimProcedure') && !facts.has('claimPeriod')) facts.notRecognised('claim', null, '');
  else if (!facts.has('claimPeriod'))
    facts.notRecognised('claim', claimClauses[0] ?? null, 'срок ответа на претензию не указан');
};

export const extractBlockingAndInforming = (clauses: readonly PolicyClause[], facts: FactList): void => {
  for (const clause of clauses) {
    if (inDefinitions(clauses, clause)) continue;
    const blocking = firstMatch(BLOCKING_PATTERNS, clause.text);
    if (blocking && mentions(BLOCKING_ON_REQUEST_PATTERNS, clause.text)) {
      facts.add(clause, {
        type: 'blockingPromise',
        value: 'onRequest',
        quote: sentenceAround(clause.text, blocking.index),
        flags: [],
      });
    }
    const informing = firstMatch(INFORMING_PATTERNS, clause.text);
    if (informing) {
      facts.add(clause, {
        type: 'informingPromise',
        value: 'lossOrDisclosure',
        quote: sentenceAround(clause.text, informing.index),
        flags: [],
      });
    }
  }
  if (!facts.has('blockingPromise')) facts.notRecognised('blocking', null, '');
  if (!facts.has('informingPromise')) facts.notRecognised('informing', null, '');
};

export const extractRetention = (clauses: readonly PolicyClause[], facts: FactList): void => {
  for (const clause of clauses) {
    if (inDefinitions(clauses, clause)) continue;
    const unlimited = firstMatch(UNLIMITED_RETENTION_PATTERNS, clause.text);
    if (unlimited) {
      facts.add(clause, {
        type: 'retention',
        value: 'unlimited',
        quote: sentenceAround(clause.text, unlimited.index),
        flags: ['storageLimitation'],
      });
      continue;
    }
    const limited = mentions(RETENTION_CONTEXT_PATTERNS, clause.text)
      ? firstMatch(LIMITED_RETENTION_PATTERNS, clause.text)
      : null;
    if (limited)
      facts.add(clause, {
        type: 'retention',
        value: 'limited',
        quote: sentenceAround(clause.text, limited.index),
        flags: [],
      });
  }
  if (!facts.has('retention')) facts.notRecognised('retention', null, '');
};

const countryIn = (text: string, from: number): Jurisdiction | 'ambiguous' | null => {
  const sentence = sentenceAround(text, from, 1000);
  const countries = valuesIn(COUNTRY_TERMS, sentence);
  if (countries.length === 0) return null;
  return countries.length === 1 ? (countries[0] ?? null) : 'ambiguous';
};

export const extractLawAndCourts = (
  clauses: readonly PolicyClause[],
  facts: FactList,
  jurisdiction: Jurisdiction,
): void => {
  for (const clause of clauses) {
    if (inDefinitions(clauses, clause)) continue;
    const law = firstMatch(LAW_PATTERNS, clause.text);
    if (law && !facts.has('applicableLaw')) {
      const country = countryIn(clause.text, law.index);
      if (country === null || country === 'ambiguous')
        facts.notRecognised('law', clause, sentenceAround(clause.text, law.index));
      else {
        const flags = country !== jurisdiction ? (['foreignLaw'] as const) : [];
        facts.add(clause, {
          type: 'applicableLaw',
          value: country,
          quote: sentenceAround(clause.text, law.index),
          flags: [...flags],
        });
      }
    }
    const court =
      mentions(CLAIM_PATTERNS, clause.text) && !/передан|рассмотрени|подсуд/u.test(foldText(clause.text))
        ? null
        : firstMatch(COURT_PATTERNS, clause.text);
    if (court && !facts.has('courts')) {
      const country = countryIn(clause.text, court.index);
      if (country === 'ambiguous')
        facts.notRecognised('courts', clause, sentenceAround(clause.text, court.index));
      else
        facts.add(clause, {
          type: 'courts',
          value: country ?? 'unspecified',
          quote: sentenceAround(clause.text, court.index),
          flags: [],
        });
    }
  }
  if (!facts.has('applicableLaw')) facts.notRecognised('law', null, '');
  if (!facts.has('courts')) facts.notRecognised('courts', null, '');
  const lawFact = facts.facts.find((f) => f.type === 'applicableLaw');
  const courtFact = facts.facts.find((f) => f.type === 'courts');
  if (lawFact && courtFact && courtFact.value !== 'unspecified' && courtFact.value !== lawFact.value) {
    lawFact.flags.push('lawCourtMismatch');
    courtFact.flags.push('lawCourtMismatch');
  }
};
