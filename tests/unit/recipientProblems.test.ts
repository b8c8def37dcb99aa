import { describe, expect, it } from 'vitest';
import { EMPTY_INSTRUCTION, RegisterProblem } from '../../shared/domain/recipient';
import { isCrossBorder } from '../../shared/recipients/crossBorder';
import { INSTRUCTION_REQUISITES, missingRequisites } from '../../shared/recipients/instructionRequisites';
import { PROBLEM_RULES, recipientProblems, type ProblemFacts } from '../../shared/recipients/problems';

const complete = (j: 'KG' | 'KZ' | 'RU') =>
  Object.fromEntries(INSTRUCTION_REQUISITES[j].map((r) => [r.key, true]));

const facts = (over: Partial<ProblemFacts> = {}): ProblemFacts => ({
  contractNumber: 'Д-1',
  hasContractFile: false,
  contractEndDate: '',
  instruction: { ...EMPTY_INSTRUCTION, ...complete('KG') },
  reviewDate: '',
  // A domestic recipient (the cross-border rule is tested with explicit countries).
  country: '',
  transferNoticeDate: '',
  subjectNoticeDate: '',
  role: 'processor',
  status: 'active',
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
  it('has exactly one rule per problem', () => {
    expect(PROBLEM_RULES.map((r) => r.id).sort()).toEqual([...RegisterProblem.options].sort());
  });

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

  it('flags an ended contract while the recipient is still active', () => {
    expect(recipientProblems(facts({ contractEndDate: '2026-11-21' }), 'KG', '2026-11-22')).toEqual([
      'contractEnded',
    ]);
    expect(recipientProblems(facts({ contractEndDate: '2026-11-22' }), 'KG', '2026-11-22')).toEqual([]);
    expect(
      recipientProblems(facts({ contractEndDate: '2026-01-01', status: 'ended' }), 'KG', '2026-11-22'),
    ).toEqual([]);
  });

  it('wants the regulator notice for RU/KZ operators and the subject notice for KG operators', () => {
    const ru = { instruction: { ...EMPTY_INSTRUCTION, ...complete('RU') } };
    expect(recipientProblems(facts({ ...ru, country: 'US' }), 'RU', '2026-11-22')).toEqual([
      'noTransferNotice',
    ]);
    expect(
      recipientProblems(
        facts({ ...ru, country: 'US', transferNoticeDate: '2025-01-01' }),
        'RU',
        '2026-11-22',
      ),
    ).toEqual([]);
    expect(
      recipientProblems(facts({ country: 'RU', transferNoticeDate: '2025-01-01' }), 'KG', '2026-11-22'),
    ).toEqual(['noTransferNotice']);
    expect(
      recipientProblems(facts({ country: 'RU', subjectNoticeDate: '2025-01-01' }), 'KG', '2026-11-22'),
    ).toEqual([]);
  });
});

describe('the instruction to a processor, per the operator law', () => {
  it('asks RU operators for the six requisites of 152-FZ art. 6 p. 3, localisation in Russia included', () => {
    expect(INSTRUCTION_REQUISITES.RU.map((r) => r.key)).toEqual([
      'listsData',
      'listsOperationsAndPurposes',
      'confidentialityAndSecurity',
      'localisation',
      'proofOfMeasuresOnRequest',
      'incidentNotification',
    ]);
  });

  it('never asks a KG or KZ operator for localisation in Russia; KG cites Law 58 art. 17', () => {
    expect(INSTRUCTION_REQUISITES.KG.map((r) => r.key)).not.toContain('localisation');
    expect(INSTRUCTION_REQUISITES.KZ.map((r) => r.key)).not.toContain('localisation');
    expect(INSTRUCTION_REQUISITES.KG.every((r) => r.citationRu.includes('ст. 17'))).toBe(true);
  });

  it('reports a processor whose contract lacks a requisite of its own law as a problem', () => {
    const ruContractKgClauses = facts({ instruction: { ...EMPTY_INSTRUCTION, ...complete('KG') } });
    expect(recipientProblems(ruContractKgClauses, 'RU', '2026-11-22')).toEqual(['instructionIncomplete']);
    expect(recipientProblems(ruContractKgClauses, 'KG', '2026-11-22')).toEqual([]);
    // 3 of 6 RU requisites missing.
    const half = {
      ...EMPTY_INSTRUCTION,
      listsData: true,
      listsOperationsAndPurposes: true,
      localisation: true,
    };
    expect(missingRequisites('RU', half)).toEqual([
      'confidentialityAndSecurity',
      'proofOfMeasuresOnRequest',
      'incidentNotification',
    ]);
    expect(recipientProblems(facts({ instruction: half }), 'RU', '2026-11-22')).toEqual([
      'instructionIncomplete',
    ]);
  });

  it('asks nothing of independent operators and state bodies, nor of a processor with no contract', () => {
    const empty = { instruction: EMPTY_INSTRUCTION };
    expect(recipientProblems(facts({ ...empty, role: 'independent' }), 'RU', '2026-11-22')).toEqual([]);
    expect(recipientProblems(facts({ ...empty, role: 'stateBody' }), 'RU', '2026-11-22')).toEqual([]);
    expect(recipientProblems(facts({ ...empty, contractNumber: '' }), 'RU', '2026-11-22')).toEqual([
      'noContract',
    ]);
  });
});
