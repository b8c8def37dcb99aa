import { describe, expect, it } from 'vitest';
import { computeDeadline } from '../../../shared/deadlines/compute';
import { calendarOf, ruleById, syntheticRule } from './fixtures';

// Expected dates are counted by hand: day 1 is the day after the start event (art. 191), the last day is
// start + N calendar days, a non-working last day moves to the next working day (art. 193). Weekdays from
// 01.01.2025 = Wednesday, 01.01.2026 = Thursday, 01.01.2027 = Friday.

const ru = calendarOf('RU');
const kz = calendarOf('KZ');
const kg = calendarOf('KG');
const policyClaim = ruleById('any.claim.policy');

describe('policy claim: 30 calendar days (RU organisation)', () => {
  it('reproduces the issue example: received 05.11.2026, day 30 = Saturday 05.12.2026 → Monday 07.12.2026', () => {
    const d = computeDeadline({ rule: policyClaim, start: '2026-11-05', calendar: ru, policyClause: '8.2' });
    expect(d).toMatchObject({
      dueDate: '2026-12-07',
      shiftedFrom: '2026-12-05',
      originalDueDate: '2026-12-07',
      ruleId: 'any.claim.policy',
      citation: 'п. 8.2 Политики',
      unit: 'calendarDays',
      amount: 30,
      startEvent: 'received',
      calendarVersion: 'RU:2026-1',
      dueAt: null,
      warnings: [],
    });
    expect(d.explanationRu).toBe(
      '30 календарных дней со дня, следующего за днём получения (п. 8.2 Политики); ' +
        'последний день — суббота, перенесён на понедельник 07.12.2026',
    );
    expect(d.explanationEn).toBe(
      '30 calendar days from the day after receipt (clause 8.2 of the Policy); ' +
        'the last day is a Saturday, moved to Monday 07.12.2026',
    );
    expect(d.steps.map((s) => s.kind)).toEqual(['start', 'count', 'shift']);
    expect(d.steps[1]).toEqual({
      kind: 'count',
      amount: 30,
      unit: 'calendarDays',
      from: '2026-11-06',
      to: '2026-12-05',
    });
  });

  it('crosses 31 December into the RU New Year holidays (2025 → 2026)', () => {
    // 01.12.2025 + 30 = Wed 31.12.2025 (off, moved from 05.01) → 01–11.01.2026 off → Monday 12.01.2026.
    const d = computeDeadline({ rule: policyClaim, start: '2025-12-01', calendar: ru, policyClause: '8.2' });
    expect(d.dueDate).toBe('2026-01-12');
    expect(d.shiftedFrom).toBe('2025-12-31');
    expect(d.calendarVersion).toBe('RU:2025-1+2026-1');
    expect(d.explanationRu).toBe(
      '30 календарных дней со дня, следующего за днём получения (п. 8.2 Политики); последний день — ' +
        'среда 31.12.2025 (выходной день, перенесённый с 05.01), перенесён на понедельник 12.01.2026',
    );
  });

  it('crosses into 2027 and warns that the 2027 calendar is to be verified', () => {
    // 02.12.2026 + 30 = Fri 01.01.2027 → 02–03 weekend, 04–08 holidays, 09–10 weekend → Monday 11.01.2027.
    const d = computeDeadline({ rule: policyClaim, start: '2026-12-02', calendar: ru, policyClause: '8.2' });
    expect(d.dueDate).toBe('2027-01-11');
    // A calendar-day period consults the calendar only from its raw last day: the 2027 file alone.
    expect(d.calendarVersion).toBe('RU:2027-1');
    expect(d.warnings.map((w) => w.code)).toEqual(['CALENDAR_UNVERIFIED']);
    expect(d.explanationRu).toContain(
      'последний день — пятница 01.01.2027 (Новогодние каникулы), перенесён на понедельник 11.01.2027',
    );
  });

  it('moves a last day on 8 March (Sunday) past the transferred Monday', () => {
    // 06.02.2026 + 30 = Sun 08.03.2026; Mon 09.03 is the moved day off → Tuesday 10.03.2026.
    const d = computeDeadline({ rule: policyClaim, start: '2026-02-06', calendar: ru, policyClause: '8.2' });
    expect(d.dueDate).toBe('2026-03-10');
    expect(d.explanationRu).toContain(
      'последний день — воскресенье 08.03.2026 (Международный женский день), перенесён на вторник 10.03.2026',
    );
    expect(d.explanationEn).toContain(
      "the last day is Sunday 08.03.2026 (International Women's Day), moved to Tuesday 10.03.2026",
    );
  });

  it('moves a last day on 9 May (Saturday) to Tuesday 12 May 2026', () => {
    // 09.04.2026 + 30 = Sat 09.05.2026; Sun 10; Mon 11 moved day off → Tuesday 12.05.2026.
    expect(
      computeDeadline({ rule: policyClaim, start: '2026-04-09', calendar: ru, policyClause: '8.2' }).dueDate,
    ).toBe('2026-05-12');
  });

  it('keeps a last day that falls on a Saturday made working by decree (01.11.2025)', () => {
    // 02.10.2025 + 30 = Sat 01.11.2025, a working day under Decree No. 1335.
    const d = computeDeadline({ rule: policyClaim, start: '2025-10-02', calendar: ru, policyClause: '8.2' });
    expect(d.dueDate).toBe('2025-11-01');
    expect(d.shiftedFrom).toBeNull();
    expect(d.explanationRu).toMatch(/; последний день — суббота 01\.11\.2025$/);
  });

  it('uses the organisation calendar for an ANY rule: the same claim in KG ends on a KG working day', () => {
    // 06.02.2026 + 30 = Sun 08.03.2026; KG does not move weekend holidays, so Monday 09.03.2026 is worked.
    const d = computeDeadline({ rule: policyClaim, start: '2026-02-06', calendar: kg, policyClause: '4.1' });
    expect(d.dueDate).toBe('2026-03-09');
    expect(d.country).toBe('KG');
    expect(d.calendarVersion).toBe('KG:2026-1');
  });

  it('warns when the policy clause is not set, and still computes the date', () => {
    const d = computeDeadline({ rule: policyClaim, start: '2026-11-05', calendar: ru });
    expect(d.dueDate).toBe('2026-12-07');
    expect(d.citation).toBe('п. [номер не указан] Политики');
    expect(d.warnings.map((w) => w.code)).toEqual(['POLICY_CLAUSE_MISSING']);
  });

  it('needs no calendar for the days before the last one', () => {
    // Received 20.12.2024 (no 2024 calendar is shipped) + 30 = Sun 19.01.2025 → Monday 20.01.2025.
    const d = computeDeadline({ rule: policyClaim, start: '2024-12-20', calendar: ru, policyClause: '8.2' });
    expect([d.dueDate, d.calendarVersion]).toEqual(['2025-01-20', 'RU:2025-1']);
  });

  it('computes a last day past the last calendar on weekends only and marks it verify', () => {
    // 15.12.2027 + 30 = Friday 14.01.2028: no 2028 calendar is shipped, the date is kept (a weekday).
    const d = computeDeadline({ rule: policyClaim, start: '2027-12-15', calendar: ru, policyClause: '8.2' });
    expect([d.dueDate, d.calendarVersion]).toEqual(['2028-01-14', 'RU:2028-weekends']);
    expect(d.warnings.map((w) => w.code)).toContain('CALENDAR_EXTRAPOLATED');
    expect(d.warnings.find((w) => w.code === 'CALENDAR_EXTRAPOLATED')?.textRu).toMatch(
      /календаря RU на 2028 г\. нет.*только с учётом выходных.*проверьте/,
    );
    // 20.12.2027 + 30 = Wednesday 19.01.2028; 01.01.2028 + 30 = Monday 31.01; Sat 15.01.2028 → Mon 17.01.
    const sat = computeDeadline({
      rule: policyClaim,
      start: '2027-12-16',
      calendar: ru,
      policyClause: '8.2',
    });
    expect([sat.dueDate, sat.shiftedFrom]).toEqual(['2028-01-17', '2028-01-15']);
  });
});

describe('other calendar-day rules', () => {
  it('RU arbitration: 30 days from sending the claim', () => {
    // Sent Fri 20.11.2026 + 30 = Sun 20.12.2026 → Monday 21.12.2026.
    const d = computeDeadline({ rule: ruleById('ru.claim.arbitration'), start: '2026-11-20', calendar: ru });
    expect(d.dueDate).toBe('2026-12-21');
    expect(d.explanationRu).toBe(
      '30 календарных дней со дня, следующего за днём направления (Арбитражный процессуальный кодекс РФ, ст. 4 ч. 5); ' +
        'последний день — воскресенье, перенесён на понедельник 21.12.2026',
    );
  });

  it('RU consent withdrawal: 30 days, last day after the June holiday weekend', () => {
    // Received Fri 15.05.2026 + 30 = Sun 14.06.2026 → Monday 15.06.2026.
    const d = computeDeadline({ rule: ruleById('ru.consentWithdrawal'), start: '2026-05-15', calendar: ru });
    expect(d.dueDate).toBe('2026-06-15');
    expect(d.shiftedFrom).toBe('2026-06-14');
  });

  it('KZ consumer claim: 10 days ending in Nauryz', () => {
    // Received Fri 13.03.2026 + 10 = Mon 23.03 (Nauryz); 24–25.03 moved days off → Thursday 26.03.2026.
    const d = computeDeadline({ rule: ruleById('kz.claim.consumer'), start: '2026-03-13', calendar: kz });
    expect(d.dueDate).toBe('2026-03-26');
    expect(d.explanationRu).toBe(
      '10 календарных дней со дня, следующего за днём получения (Закон РК от 04.05.2010 № 274-IV ' +
        '«О защите прав потребителей», ст. 42-4); последний день — понедельник 23.03.2026 (Наурыз мейрамы), ' +
        'перенесён на четверг 26.03.2026',
    );
    expect(d.warnings.map((w) => w.code)).toEqual(['RULE_UNVERIFIED', 'CALENDAR_UNVERIFIED']);
  });

  it('KZ consumer claim: 10 days ending on Independence Day 16 December', () => {
    // Received Sat 06.12.2025 + 10 = Tue 16.12.2025 → Wednesday 17.12.2025.
    expect(
      computeDeadline({ rule: ruleById('kz.claim.consumer'), start: '2025-12-06', calendar: kz }).dueDate,
    ).toBe('2025-12-17');
  });

  it('KZ consumer claim across the year end: 31 December is worked, 1–2 January are not', () => {
    // Received Mon 22.12.2025 + 10 = Thu 01.01.2026; Fri 02.01 holiday; 03–04 weekend → Monday 05.01.2026.
    const d = computeDeadline({ rule: ruleById('kz.claim.consumer'), start: '2025-12-22', calendar: kz });
    expect(d.dueDate).toBe('2026-01-05');
    expect(d.calendarVersion).toBe('KZ:2026-1');
  });

  it('a period in months ends on the matching date or the month end, then moves (art. 192–193)', () => {
    // 31.01.2026 + 1 month → 28.02.2026 (no 31st), a Saturday → Sun 01.03 → Monday 02.03.2026.
    const d = computeDeadline({
      rule: syntheticRule({ unit: 'months', amount: 1 }),
      start: '2026-01-31',
      calendar: ru,
    });
    expect(d.dueDate).toBe('2026-03-02');
    expect(d.shiftedFrom).toBe('2026-02-28');
    expect(d.explanationRu).toBe(
      '1 месяц со дня, следующего за днём получения (тестовая норма); ' +
        'последний день — суббота, перенесён на понедельник 02.03.2026',
    );
  });
});
