import { describe, expect, it } from 'vitest';
import { parseClauses } from '../../../shared/policy/parseClauses';
import { diffClauses } from '../../../shared/policy/policyDiff';
import { ISTORE_KG } from './fixtures';

const clauses = (text: string) => parseClauses(text).clauses;

describe('clause-by-clause difference', () => {
  it('finds a changed period with the words that changed, the rest unchanged', () => {
    const next = ISTORE_KG.replace('в течение 30 календарных дней', 'в течение 15 рабочих дней');
    const changes = diffClauses(clauses(ISTORE_KG), clauses(next));
    const changed = changes.filter((c) => c.status !== 'unchanged');
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatchObject({ status: 'changed', id: '8.2', previousId: '8.2' });
    const words = changed[0]?.words ?? [];
    const text = (op: string) =>
      words
        .filter((w) => w.op === op)
        .map((w) => w.text.trim())
        .join(' ');
    expect(text('removed')).toBe('30 календарных');
    expect(text('added')).toBe('15 рабочих');
  });

  it('tells an added, a removed and a renumbered clause apart', () => {
    const before = '1. Общие\n1.1. Первое.\n1.2. Второе.\n1.3. Третье.\n';
    const after = '1. Общие\n1.1. Первое.\n1.2. Третье.\n1.3. Новое.\n';
    const changes = diffClauses(clauses(before), clauses(after)).map((c) => [c.status, c.previousId, c.id]);
    expect(changes).toEqual([
      ['unchanged', '1', '1'],
      ['unchanged', '1.1', '1.1'],
      ['changed', '1.2', '1.2'],
      ['changed', '1.3', '1.3'],
    ]);
    const moved = diffClauses(
      clauses('1. А\n1.1. Первое.\n1.2. Второе.\n'),
      clauses('1. А\n1.1. Второе.\n'),
    ).map((c) => [c.status, c.previousId, c.id]);
    expect(moved).toEqual([
      ['unchanged', '1', '1'],
      ['changed', '1.1', '1.1'],
      ['removed', '1.2', null],
    ]);
    const renumbered = diffClauses(clauses('1. А\n1.1. Первое.\n'), clauses('2. А\n2.1. Первое.\n')).map(
      (c) => c.status,
    );
    expect(renumbered).toEqual(['renumbered', 'renumbered']);
  });

  it('against no previous version everything is added', () => {
    expect(new Set(diffClauses([], clauses(ISTORE_KG)).map((c) => c.status))).toEqual(new Set(['added']));
  });
});
