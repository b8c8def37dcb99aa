import { describe, expect, it } from 'vitest';
import { bandOf, scoreSeverity } from '../../../shared/breaches/enisa';
import { SeverityAssessment, type SeverityAssessmentInput } from '../../../shared/domain/breachSeverity';

const score = (a: SeverityAssessmentInput) => scoreSeverity(SeverityAssessment.parse(a));

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

  it('simple data, limited identification, nothing else: 1 × 0,5 + 0 = 0,5 → low', () => {
    expect(score({ dataType: 'simple', ease: 'limited' }).arithmeticRu).toBe(
      'SE = 1 × 0,5 + 0 = 0,5 → низкая',
    );
  });

  it('exactly 2: behavioural × maximum + 0 → medium', () => {
    expect(score({ dataType: 'behavioural', ease: 'maximum' })).toMatchObject({ score: 2, band: 'medium' });
  });

  it('exactly 3: financial × maximum → high; exactly 4: sensitive × maximum → very high', () => {
    expect(score({ dataType: 'financial', ease: 'maximum' })).toMatchObject({ score: 3, band: 'high' });
    expect(score({ dataType: 'sensitive', ease: 'maximum' })).toMatchObject({ score: 4, band: 'veryHigh' });
  });

  it('3,75 just below very high: 3 × 1 + 0,25 + 0,5 (malicious)', () => {
    const r = score({ dataType: 'financial', ease: 'maximum', integrity: 'recoverable', malicious: true });
    expect(r).toMatchObject({ cb: 0.75, score: 3.75, band: 'high' });
  });

  it('adjustments are capped to 1–4 and explained', () => {
    const up = score({
      dataType: 'sensitive',
      adjustments: ['volume', 'vulnerableSubjects'],
      ease: 'limited',
    });
    expect(up).toMatchObject({ dpcRaw: 6, dpc: 4, score: 2 });
    expect(up.explanationRu[0]).toContain('ограничено диапазоном 1–4');
    const down = score({ dataType: 'simple', adjustments: ['publiclyAvailable'], ease: 'maximum' });
    expect(down).toMatchObject({ dpcRaw: 0, dpc: 1, score: 1, band: 'low' });
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
