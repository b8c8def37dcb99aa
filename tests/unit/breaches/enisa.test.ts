import { describe, expect, it } from 'vitest';
import { bandOf, scoreSeverity } from '../../../shared/breaches/enisa';
import {
  BreachSeverity,
  SeverityAssessment,
  type DpcFactorChoice,
  type SeverityAssessmentInput,
} from '../../../shared/domain/breachSeverity';

const score = (a: SeverityAssessmentInput) => scoreSeverity(SeverityAssessment.parse(a));
const dpcOf = (dataType: SeverityAssessmentInput['dataType'], factors: DpcFactorChoice[] = []) =>
  score({ dataType, factors, ease: 'maximum' }).dpc;

describe('ENISA 2013 severity', () => {
  it.each([
    [1.99, 'low'],
    [2, 'medium'],
    [2.99, 'medium'],
    [3, 'high'],
    [3.99, 'high'],
    [4, 'veryHigh'],
    [0.25, 'low'],
    [5.5, 'veryHigh'],
  ] as const)('band boundary %s → %s', (value, band) => expect(bandOf(value)).toBe(band));

  it('financial data, significant identification, public disclosure: 3 × 0,75 + 0,5 = 2,75 → medium', () => {
    const r = score({ dataType: 'financial', ease: 'significant', confidentiality: 'unknownOrPublic' });
    expect(r).toMatchObject({ dpc: 3, ei: 0.75, cb: 0.5, score: 2.75, band: 'medium' });
    expect(r.arithmeticRu).toBe('SE = 3 × 0,75 + 0,5 = 2,75 → средняя');
    expect(r.arithmeticEn).toBe('SE = 3 × 0.75 + 0.5 = 2.75 → medium');
  });

  it('exactly 2, 3 and 4 fall into the higher band', () => {
    expect(score({ dataType: 'behavioural', ease: 'maximum' })).toMatchObject({ score: 2, band: 'medium' });
    expect(score({ dataType: 'financial', ease: 'maximum' })).toMatchObject({ score: 3, band: 'high' });
    expect(score({ dataType: 'sensitive', ease: 'maximum' })).toMatchObject({ score: 4, band: 'veryHigh' });
  });

  it('all circumstances add up to 2: 1 × 0,25 + 2 = 2,25 → medium', () => {
    const r = score({
      dataType: 'simple',
      ease: 'negligible',
      confidentiality: 'unknownOrPublic',
      integrity: 'notRecoverable',
      availability: 'permanent',
      malicious: true,
    });
    expect(r.arithmeticRu).toBe('SE = 1 × 0,25 + 2 = 2,25 → средняя');
  });
});

/**
 * ENISA 2013, Annex A.1 (Assessment Table 1): example data sets of each category with the DPC the
 * annex gives them, reached from the base score through the contextual factors of Annex A.2.
 */
describe('ENISA 2013 Annex A.1: DPC of the example data sets', () => {
  it.each([
    ['simple: customer list of a supermarket', 'simple', [], 1],
    [
      'simple: customers of a luxury goods seller',
      'simple',
      [{ factor: 'controllerCharacteristics', points: 1 }],
      2,
    ],
    [
      'simple: delivery addresses of an adult book store',
      'simple',
      [{ factor: 'controllerCharacteristics', points: 2 }],
      3,
    ],
    [
      "simple: an online pharmacy's customer list",
      'simple',
      [{ factor: 'controllerCharacteristics', points: 2 }],
      3,
    ],
    [
      'simple: a list of undercover officers',
      'simple',
      [{ factor: 'individualsCharacteristics', points: 3 }],
      4,
    ],
    [
      'behavioural: incoming calls to an ISP helpdesk',
      'behavioural',
      [{ factor: 'natureOfData', points: -1 }],
      1,
    ],
    ['behavioural: one week of call history', 'behavioural', [], 2],
    ['behavioural: one year of call history', 'behavioural', [{ factor: 'volume', points: 1 }], 3],
    [
      'behavioural: calls to a psychological support centre',
      'behavioural',
      [{ factor: 'controllerCharacteristics', points: 2 }],
      4,
    ],
    [
      'financial: the mere fact of being a bank customer',
      'financial',
      [{ factor: 'natureOfData', points: -2 }],
      1,
    ],
    [
      'financial: one day of transactions without details',
      'financial',
      [{ factor: 'natureOfData', points: -1 }],
      2,
    ],
    ['financial: one month of account balances', 'financial', [], 3],
    ['financial: a year of detailed bank statements', 'financial', [{ factor: 'volume', points: 1 }], 4],
    ['financial: credit cards that expired long ago', 'financial', [{ factor: 'invalidity', points: -2 }], 1],
    [
      'sensitive: a general blood test was performed',
      'sensitive',
      [{ factor: 'natureOfData', points: -3 }],
      1,
    ],
    [
      'sensitive: a blood test in the emergency room',
      'sensitive',
      [{ factor: 'natureOfData', points: -2 }],
      2,
    ],
    ['sensitive: a test for a specific disease', 'sensitive', [{ factor: 'natureOfData', points: -1 }], 3],
    ['sensitive: the results of the test', 'sensitive', [], 4],
  ] as const)('%s → DPC %i', (_case, dataType, factors, dpc) => {
    expect(dpcOf(dataType, [...factors])).toBe(dpc);
  });

  it('a factor of more than ±1 is shown in the arithmetic', () => {
    const r = score({
      dataType: 'simple',
      factors: [{ factor: 'controllerCharacteristics', points: 2 }],
      ease: 'maximum',
      confidentiality: 'unknownOrPublic',
    });
    // The pharmacy list published on the Internet: 3 × 1 + 0,5 = 3,5 → high.
    expect(r).toMatchObject({ dpcBase: 1, dpcRaw: 3, dpc: 3, score: 3.5, band: 'high' });
    expect(r.explanationRu[0]).toBe('DPC: простые данные 1, +2 особенности деятельности оператора = 3');
  });

  it('keeps the adjusted DPC within 1–4 and says so', () => {
    const up = score({
      dataType: 'sensitive',
      factors: [
        { factor: 'volume', points: 2 },
        { factor: 'individualsCharacteristics', points: 1 },
      ],
      ease: 'limited',
    });
    expect(up).toMatchObject({ dpcRaw: 7, dpc: 4, score: 2 });
    expect(up.explanationRu[0]).toContain('ограничено диапазоном 1–4');
    const down = score({
      dataType: 'simple',
      factors: [{ factor: 'publicAvailability', points: -2 }],
      ease: 'maximum',
    });
    expect(down).toMatchObject({ dpcRaw: -1, dpc: 1, score: 1, band: 'low' });
  });

  it('refuses a factor with the wrong sign, zero points or counted twice', () => {
    const wrong = SeverityAssessment.safeParse({
      dataType: 'simple',
      ease: 'maximum',
      factors: [{ factor: 'invalidity', points: 1 }],
    });
    expect(wrong.error?.issues[0]?.message).toBe('validation.breaches.factorDirection');
    expect(
      SeverityAssessment.safeParse({
        dataType: 'simple',
        ease: 'maximum',
        factors: [{ factor: 'volume', points: 0 }],
      }).success,
    ).toBe(false);
    expect(
      SeverityAssessment.safeParse({
        dataType: 'simple',
        ease: 'maximum',
        factors: [
          { factor: 'volume', points: 1 },
          { factor: 'volume', points: 2 },
        ],
      }).error?.issues[0]?.message,
    ).toBe('validation.breaches.factorTwice');
  });

  it('reads an assessment saved before the factor weights (one point per adjustment)', () => {
    const stored = {
      assessment: {
        dataType: 'simple',
        adjustments: ['specialContext', 'publiclyAvailable'],
        ease: 'maximum',
      },
      result: scoreSeverity(SeverityAssessment.parse({ dataType: 'simple', ease: 'maximum' })),
      assessedAt: '2026-11-01T10:00:00.000Z',
      assessedBy: 'officer',
    };
    expect(BreachSeverity.parse(stored).assessment.factors).toEqual([
      { factor: 'controllerCharacteristics', points: 1 },
      { factor: 'publicAvailability', points: -1 },
    ]);
  });
});
