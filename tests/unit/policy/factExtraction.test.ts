import { describe, expect, it } from 'vitest';
import type { PolicyFact } from '../../../shared/domain/policy';
import { extractFacts } from '../../../shared/policy/extract/index';
import { parseClauses } from '../../../shared/policy/parseClauses';
import { ISTORE_KG, JETU_MD, SECTIONS_MD } from './fixtures';

const read = (text: string, jurisdiction: 'KG' | 'KZ' | 'RU') =>
  extractFacts(parseClauses(text).clauses, jurisdiction);
const valuesOf = (facts: PolicyFact[], type: PolicyFact['type']) =>
  facts.filter((f) => f.type === type).map((f) => f.value);
const factOf = (facts: PolicyFact[], type: PolicyFact['type']) => facts.find((f) => f.type === type);

describe('facts of the sample policy (istore.kg)', () => {
  const { facts, unrecognised } = read(ISTORE_KG, 'KG');

  it('reads the data categories from 3.2, 3.3 and 3.4 — and no payment data', () => {
    expect(valuesOf(facts, 'dataCategory').sort()).toEqual(
      [
        'deliveryAddress',
        'email',
        'fullName',
        'onlineIdentifiers',
        'orderHistory',
        'phone',
        'residence',
      ].sort(),
    );
    expect(facts.find((f) => f.value === 'fullName')?.ref).toBe('3.2.1');
  });

  it('reads the purposes of 4.1.x (and delivery from 5.2), and which need consent', () => {
    expect(valuesOf(facts, 'purpose')).toEqual(
      expect.arrayContaining([
        'account',
        'orderFulfilment',
        'support',
        'security',
        'payment',
        'marketing',
        'advertising',
        'partnerServices',
        'delivery',
      ]),
    );
    expect(valuesOf(facts, 'consentPurpose').sort()).toEqual([
      'account',
      'advertising',
      'marketing',
      'partnerServices',
    ]);
    expect(facts.find((f) => f.type === 'consentPurpose' && f.value === 'advertising')?.ref).toBe('4.1.11');
  });

  it('allows couriers, postal and telecom operators (5.2) and state bodies of Kyrgyzstan (5.3)', () => {
    expect(valuesOf(facts, 'recipientKind')).toEqual(['courier', 'postal', 'telecom', 'state']);
    expect(factOf(facts, 'stateBodyCountry')).toMatchObject({ value: 'KG', ref: '5.3' });
  });

  it('reads the claim procedure (8.1) and its 30 calendar days (8.2)', () => {
    expect(factOf(facts, 'claimProcedure')).toMatchObject({ value: 'mandatory', ref: '8.1' });
    expect(factOf(facts, 'claimPeriod')).toMatchObject({
      amount: 30,
      unit: 'calendarDays',
      ref: '8.2',
      flags: [],
    });
  });

  it('reads the blocking (6.2.4) and informing (5.4) promises', () => {
    expect(factOf(facts, 'blockingPromise')?.ref).toBe('6.2.4');
    expect(factOf(facts, 'informingPromise')?.ref).toBe('5.4');
  });

  it('flags «без ограничения срока» (5.1) against storage limitation', () => {
    expect(factOf(facts, 'retention')).toMatchObject({
      value: 'unlimited',
      ref: '5.1',
      flags: ['storageLimitation'],
    });
  });

  it('flags the Russian law (8.4) with Kyrgyz courts (8.3)', () => {
    expect(factOf(facts, 'applicableLaw')).toMatchObject({
      value: 'RU',
      ref: '8.4',
      flags: ['foreignLaw', 'lawCourtMismatch'],
    });
    expect(factOf(facts, 'courts')).toMatchObject({ value: 'KG', ref: '8.3', flags: ['lawCourtMismatch'] });
  });

  it('recognised everything it read (definitions in section 1 are not data collected)', () => {
    expect(unrecognised).toEqual([]);
    expect(facts.some((f) => f.ref.startsWith('1.'))).toBe(false);
  });
});

describe('facts of Markdown policies', () => {
  it('Jetu Market (KZ, bold clauses): payment data and IIN collected, banks and analytics allowed, 30 days in 9.2', () => {
    const { facts, unrecognised } = read(JETU_MD, 'KZ');
    expect(valuesOf(facts, 'dataCategory')).toEqual(
      expect.arrayContaining(['paymentData', 'nationalId', 'onlineIdentifiers']),
    );
    expect(valuesOf(facts, 'recipientKind')).toEqual([
      'courier',
      'postal',
      'telecom',
      'bank',
      'state',
      'analytics',
    ]);
    expect(factOf(facts, 'stateBodyCountry')).toMatchObject({ value: 'KZ', ref: '5.2' });
    expect(factOf(facts, 'claimPeriod')).toMatchObject({ amount: 30, unit: 'calendarDays', ref: '9.2' });
    expect(factOf(facts, 'retention')).toMatchObject({ value: 'limited', ref: '6.1', flags: [] });
    expect(factOf(facts, 'applicableLaw')).toMatchObject({ value: 'KZ', flags: [] });
    expect(unrecognised).toEqual([]);
  });

  it('a policy with restarting sections: says what it did not recognise instead of guessing', () => {
    const { facts, unrecognised } = read(SECTIONS_MD, 'RU');
    expect(facts.find((f) => f.value === 'fullName')?.ref).toBe('1 раздела «Какие данные мы обрабатываем»');
    expect(unrecognised).toEqual([
      {
        area: 'dataCategories',
        clauseId: '§2/1',
        ref: '1 раздела «Какие данные мы обрабатываем»',
        text: 'размеры обуви и одежды.',
      },
      { area: 'claim', clauseId: null, ref: '', text: '' },
      { area: 'blocking', clauseId: null, ref: '', text: '' },
      { area: 'informing', clauseId: null, ref: '', text: '' },
      { area: 'law', clauseId: null, ref: '', text: '' },
    ]);
    expect(factOf(facts, 'claimPeriod')).toBeUndefined();
    expect(factOf(facts, 'courts')).toMatchObject({ value: 'RU' });
  });
});

describe('period and wording variants', () => {
  const claim = (sentence: string) => factOf(read(`1. Споры\n1.1. ${sentence}\n`, 'RU').facts, 'claimPeriod');

  it('reads numbers in words, working days, weeks and an unspecified kind of day', () => {
    expect(claim('Ответ на претензию дается в течение десяти (10) рабочих дней.')).toMatchObject({
      amount: 10,
      unit: 'workingDays',
    });
    expect(claim('Претензия рассматривается в течение 2 недель.')).toMatchObject({
      amount: 2,
      unit: 'weeks',
    });
    expect(claim('Претензия рассматривается в течение 14 дней.')).toMatchObject({
      amount: 14,
      unit: 'calendarDays',
      flags: ['unitAssumed'],
    });
  });

  it('a period outside a claim clause is not a claim period', () => {
    expect(claim('Данные хранятся в течение 30 дней.')).toBeUndefined();
  });

  it('a state body clause naming two countries is reported, not guessed', () => {
    const { facts, unrecognised } = read(
      '1. Передача\n1.1. Данные передаются государственным органам Российской Федерации и Республики Казахстан.\n',
      'KZ',
    );
    expect(factOf(facts, 'stateBodyCountry')).toBeUndefined();
    expect(unrecognised.find((u) => u.area === 'recipients')?.ref).toBe('1.1');
  });

  it('an item of a list of recipients naming no known kind is reported, the known one is read', () => {
    const { facts, unrecognised } = read(
      '2. Передача\n2.1. Оператор вправе передавать персональные данные:\n- курьерским службам для доставки;\n- аудиторским организациям.\n',
      'KG',
    );
    expect(valuesOf(facts, 'recipientKind')).toEqual(['courier']);
    expect(unrecognised.filter((u) => u.area === 'recipients')).toEqual([
      { area: 'recipients', clauseId: '2.1', ref: '2.1', text: 'аудиторским организациям.' },
    ]);
    // A list of data the user gives is not a list of recipients.
    const data = read(
      '3. Данные\n3.1. Пользователь предоставляет следующую информацию:\n- телефон;\n- адрес.\n',
      'KG',
    );
    expect(data.unrecognised.filter((u) => u.area === 'recipients' && u.clauseId !== null)).toEqual([]);
  });

  it('«применяется право <страны>» names the applicable law; «имеет право» does not', () => {
    expect(
      factOf(
        read('8. Право\n8.1. К отношениям применяется право Кыргызской Республики.\n', 'KZ').facts,
        'applicableLaw',
      ),
    ).toMatchObject({ value: 'KG', flags: ['foreignLaw'] });
    expect(
      factOf(
        read('6. Права\n6.1. Пользователь имеет право на доступ к данным в Кыргызской Республике.\n', 'KG')
          .facts,
        'applicableLaw',
      ),
    ).toBeUndefined();
  });
});
