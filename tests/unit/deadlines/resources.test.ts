import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CalendarFile } from '../../../shared/deadlines/calendarSchema';
import { DeadlineRules } from '../../../shared/deadlines/ruleSchema';
import { computeDeadline } from '../../../shared/deadlines/compute';
import { calendarFileNames, calendarOf, calendarsDir, readJson, rulesFile, shippedRules } from './fixtures';

describe('shipped calendar files', () => {
  it('has one file per country and year for RU, KZ and KG, 2025–2027', () => {
    expect(calendarFileNames().sort()).toEqual([
      'KG-2025.json',
      'KG-2026.json',
      'KG-2027.json',
      'KZ-2025.json',
      'KZ-2026.json',
      'KZ-2027.json',
      'RU-2025.json',
      'RU-2026.json',
      'RU-2027.json',
    ]);
  });

  it.each(calendarFileNames())('%s parses, matches its name and cites a source', (name) => {
    const parsed = CalendarFile.safeParse(readJson(join(calendarsDir, name)));
    expect(parsed.error?.issues ?? []).toEqual([]);
    const file = parsed.data as CalendarFile;
    expect(`${file.country}-${file.year}.json`).toBe(name);
    expect(file.source.length).toBeGreaterThan(20);
    // A file that lists unconfirmed dates must itself be marked verify.
    if (file.verifyDates?.length) expect(file.verify).toBe(true);
  });

  it('rejects a weekend in daysOff, a weekday in workingWeekends and a date of another year', () => {
    const base = { country: 'RU', year: 2026, version: '2026-1', shortDays: [], source: 's', verify: false };
    // 2026-12-05 is a Saturday (Thursday 01.01.2026 + 338 days); 2026-12-07 a Monday.
    const bad = CalendarFile.safeParse({
      ...base,
      daysOff: ['2026-12-05', '2027-01-04'],
      workingWeekends: ['2026-12-07'],
    });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.path.join('.')).sort()).toEqual([
      'daysOff.0',
      'daysOff.1',
      'workingWeekends.0',
    ]);
  });
});

describe('shipped deadline rules', () => {
  const rules = shippedRules();

  it('parses with the schema', () => {
    const parsed = DeadlineRules.safeParse(readJson(rulesFile));
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it('gives every rule a citation in Russian and English and a title', () => {
    for (const rule of rules) {
      expect(rule.citation.trim(), rule.id).not.toBe('');
      expect(rule.citationEn.trim(), rule.id).not.toBe('');
      expect(rule.titleRu.trim(), rule.id).not.toBe('');
    }
  });

  it('covers every period the issues list', () => {
    const find = (id: string) => rules.find((r) => r.id === id);
    const expected: [string, number, string][] = [
      ['any.claim.policy', 30, 'calendarDays'],
      ['kz.claim.consumer', 10, 'calendarDays'],
      ['ru.claim.consumerRefund', 10, 'calendarDays'],
      ['ru.claim.consumerReplacement', 7, 'calendarDays'],
      ['ru.claim.arbitration', 30, 'calendarDays'],
      ['ru.access', 10, 'workingDays'],
      ['ru.refusal', 10, 'workingDays'],
      ['ru.correction', 7, 'workingDays'],
      ['ru.unlawfulProcessing.stop', 3, 'workingDays'],
      ['ru.unlawfulProcessing.destroy', 10, 'workingDays'],
      ['ru.consentWithdrawal', 30, 'calendarDays'],
      ['ru.regulatorRequest', 10, 'workingDays'],
      ['ru.blocking', 0, 'immediate'],
      ['kg.access', 1, 'weeks'],
      ['kg.regulatorRequest', 1, 'weeks'],
      ['kg.refusal', 1, 'weeks'],
      ['ru.deletion.onRequest', 7, 'workingDays'],
      ['ru.deletion.purposeAchieved', 30, 'calendarDays'],
      ['ru.objection', 10, 'workingDays'],
      ['kz.access', 3, 'workingDays'],
      ['any.request.policy', 30, 'calendarDays'],
      ['ru.breachNotice.initial', 24, 'hours'],
      ['ru.breachNotice.investigation', 72, 'hours'],
      ['kz.breachNotice.initial', 1, 'workingDays'],
      ['kg.breachNotice.internal', 72, 'hours'],
      ['any.breachNotice.gdpr', 72, 'hours'],
    ];
    for (const [id, amount, unit] of expected) {
      expect(find(id), id).toMatchObject({ amount, unit });
    }
    expect(find('ru.access')?.extension).toMatchObject({ amount: 5, unit: 'workingDays' });
    expect(find('ru.regulatorRequest')?.extension).toMatchObject({ amount: 5, unit: 'workingDays' });
    expect(find('any.claim.policy')?.citation).toContain('{policyClause}');
    expect(find('kg.breachNotice.internal')?.configurable).toEqual({ min: 1, max: 720 });
    expect(find('any.breachNotice.gdpr')?.optional).toBe(true);
  });

  it('marks verify only what stays unconfirmed, and says why in the note', () => {
    const verify = rules.filter((r) => r.verify).map((r) => r.id);
    expect(verify.sort()).toEqual(
      ['any.request.policy', 'kg.breachNotice.internal', 'kz.access', 'kz.claim.consumer'].sort(),
    );
    for (const rule of rules.filter((r) => r.verify))
      expect(rule.note ?? '', rule.id).toMatch(/verify|No statutory/);
    // LEGAL.md (December 2026): the confirmed citations.
    const find = (id: string) => rules.find((r) => r.id === id);
    expect(find('ru.deletion.onRequest')).toMatchObject({ startEvent: 'proofReceived', verify: false });
    expect(find('ru.deletion.onRequest')?.citation).toMatch(/ст\. 20 ч\. 3$/);
    expect(find('kz.breachNotice.initial')?.citation).toMatch(/^Правила осуществления .* № 179\/НҚ/);
    expect(find('kg.regulatorRequest')?.citation).toContain('ст. 17');
    expect(find('kg.access')?.citation).toContain('ст. 17');
  });

  it('rejects duplicate ids and an immediate rule with an amount', () => {
    const rule = rules[0];
    expect(DeadlineRules.safeParse([rule, rule]).success).toBe(false);
    const blocking = rules.find((r) => r.unit === 'immediate');
    expect(DeadlineRules.safeParse([{ ...blocking, amount: 3 }]).success).toBe(false);
  });

  it('computes every rule and quotes its citation in both explanations', () => {
    for (const rule of rules) {
      const country = rule.jurisdiction === 'ANY' ? 'RU' : rule.jurisdiction;
      const d = computeDeadline({
        rule,
        start: '2026-06-15T10:00:00+03:00',
        calendar: calendarOf(country),
        timeZone: 'Europe/Moscow',
        policyClause: '8.2',
      });
      expect(d.dueDate >= d.startDate, rule.id).toBe(true);
      expect(d.explanationRu, rule.id).toContain(`(${d.citation})`);
      expect(d.explanationEn, rule.id).toContain(rule.citationEn.replace('{policyClause}', '8.2'));
    }
  });
});
