import { describe, expect, it } from 'vitest';
import { isCrossBorder } from '../../shared/recipients/crossBorder';
import { recipientProblems, type ProblemFacts } from '../../shared/recipients/problems';

const facts = (over: Partial<ProblemFacts> = {}): ProblemFacts => ({
  contractNumber: 'Д-1',
  hasContractFile: false,
  reviewDate: '',
  country: 'KG',
  transferNoticeDate: '',
  subjectNoticeDate: '',
  role: 'processor',
  ...over,
});

describe('cross-border flag', () => {
  it('is set when the recipient is outside the operator country', () => {
    expect(isCrossBorder('KG', 'RU')).toBe(true);
    expect(isCrossBorder('KZ', 'KZ')).toBe(false);
    expect(isCrossBorder('RU', '')).toBe(false);
  });
});

describe('recipient problems', () => {
  it('flags a missing contract unless a file is attached or the recipient is a state body', () => {
    expect(recipientProblems(facts({ contractNumber: '' }), 'KG', '2026-11-22')).toEqual(['noContract']);
    expect(
      recipientProblems(facts({ contractNumber: '', hasContractFile: true }), 'KG', '2026-11-22'),
    ).toEqual([]);
    expect(recipientProblems(facts({ contractNumber: '', role: 'stateBody' }), 'KG', '2026-11-22')).toEqual(
      [],
    );
  });

  it('flags a review date strictly before today', () => {
    expect(recipientProblems(facts({ reviewDate: '2026-11-21' }), 'KG', '2026-11-22')).toEqual([
      'reviewOverdue',
    ]);
    expect(recipientProblems(facts({ reviewDate: '2026-11-22' }), 'KG', '2026-11-22')).toEqual([]);
  });

  it('wants the regulator notice for RU/KZ operators and the subject notice for KG operators', () => {
    expect(recipientProblems(facts({ country: 'US' }), 'RU', '2026-11-22')).toEqual(['noTransferNotice']);
    expect(
      recipientProblems(facts({ country: 'US', transferNoticeDate: '2025-01-01' }), 'RU', '2026-11-22'),
    ).toEqual([]);
    expect(
      recipientProblems(facts({ country: 'RU', transferNoticeDate: '2025-01-01' }), 'KG', '2026-11-22'),
    ).toEqual(['noTransferNotice']);
    expect(
      recipientProblems(facts({ country: 'RU', subjectNoticeDate: '2025-01-01' }), 'KG', '2026-11-22'),
    ).toEqual([]);
  });
});
