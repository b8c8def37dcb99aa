import { describe, expect, it } from 'vitest';
import { computeDeadline } from '../../../shared/deadlines/compute';
import { DeadlinePause } from '../../../shared/deadlines/types';
import { calendarOf, ruleById } from './fixtures';

// Extensions count from the (already moved) due date like the base period. Days inside a pause are not
// counted: calendar days for day periods, working days for working-day periods. Weekdays from
// 01.01.2026 = Thursday.

const ru = calendarOf('RU');
const access = ruleById('ru.access');
const policyClaim = ruleById('any.claim.policy');
const notice = 'мотивированное уведомление № 12';

describe('extensions', () => {
  it('adds 5 working days after a reasoned notice, from the original due date', () => {
    // Base: received Mon 27.04.2026 → Wed 13.05.2026 (see workingDayDeadlines). +5 WD: Thu 14 (1), Fri 15 (2),
    // Mon 18 (3), Tue 19 (4), Wed 20 (5).
    const d = computeDeadline({
      rule: access,
      start: '2026-04-27',
      calendar: ru,
      extensions: [{ amount: 5, unit: 'workingDays', reason: notice, grantedOn: '2026-05-08' }],
    });
    expect([d.originalDueDate, d.dueDate]).toEqual(['2026-05-13', '2026-05-20']);
    expect(d.warnings).toEqual([]);
    expect(d.explanationRu).toBe(
      '10 рабочих дней со дня, следующего за днём получения (Федеральный закон от 27.07.2006 № 152-ФЗ, ст. 14 ч. 3, ' +
        'ст. 20 ч. 1); последний день — среда 13.05.2026; продлён на 5 рабочих дней (мотивированное уведомление № 12, ' +
        'от 08.05.2026), новый последний день — среда 20.05.2026',
    );
    expect(d.explanationEn).toContain(
      'the last day is Wednesday 13.05.2026; extended by 5 working days (мотивированное уведомление № 12, on 08.05.2026), ' +
        'the new last day is Wednesday 20.05.2026',
    );
    expect(d.steps.map((s) => s.kind)).toEqual(['start', 'count', 'extension']);
  });

  it('may be split, but not beyond the allowed 5 working days', () => {
    const ext = (amount: number) => ({
      amount,
      unit: 'workingDays' as const,
      reason: notice,
      grantedOn: '2026-05-08',
    });
    // 13.05 + 2 WD = Fri 15.05; + 3 WD = Mon 18 (1), Tue 19 (2), Wed 20 (3).
    expect(
      computeDeadline({ rule: access, start: '2026-04-27', calendar: ru, extensions: [ext(2), ext(3)] })
        .dueDate,
    ).toBe('2026-05-20');
    expect(() =>
      computeDeadline({ rule: access, start: '2026-04-27', calendar: ru, extensions: [ext(3), ext(3)] }),
    ).toThrow(expect.objectContaining({ code: 'EXTENSION_TOO_LONG' }));
  });

  it('is refused for a rule without an extension or in another unit', () => {
    const ext = { amount: 5, unit: 'workingDays' as const, reason: notice, grantedOn: '2026-06-11' };
    expect(() =>
      computeDeadline({
        rule: ruleById('ru.correction'),
        start: '2026-06-10',
        calendar: ru,
        extensions: [ext],
      }),
    ).toThrow(expect.objectContaining({ code: 'EXTENSION_NOT_ALLOWED' }));
    expect(() =>
      computeDeadline({
        rule: access,
        start: '2026-04-27',
        calendar: ru,
        extensions: [{ ...ext, unit: 'calendarDays' }],
      }),
    ).toThrow(expect.objectContaining({ code: 'EXTENSION_NOT_ALLOWED' }));
  });

  it('warns when the extension was granted after the period had ended', () => {
    const d = computeDeadline({
      rule: access,
      start: '2026-04-27',
      calendar: ru,
      extensions: [{ amount: 5, unit: 'workingDays', reason: notice, grantedOn: '2026-05-14' }],
    });
    expect(d.warnings.map((w) => w.code)).toEqual(['EXTENSION_LATE']);
    expect(d.warnings[0]?.textRu).toBe('Продление оформлено 14.05.2026, после истечения срока 13.05.2026.');
  });
});

describe('pauses', () => {
  const reason = 'запрошены документы у заявителя';

  it('pushes a calendar-day period by the paused days', () => {
    // Received 05.11.2026, paused 10–12.11 (3 days): 05.12 + 3 = Tue 08.12.2026, a working day.
    const d = computeDeadline({
      rule: policyClaim,
      start: '2026-11-05',
      calendar: ru,
      policyClause: '8.2',
      pauses: [{ from: '2026-11-10', to: '2026-11-12', reason }],
    });
    expect([d.dueDate, d.shiftedFrom]).toEqual(['2026-12-08', null]);
    expect(d.explanationRu).toBe(
      '30 календарных дней со дня, следующего за днём получения (п. 8.2 Политики); срок приостанавливался ' +
        '10.11.2026–12.11.2026 (запрошены документы у заявителя); не засчитано дней: 3; последний день — вторник 08.12.2026',
    );
    expect(d.steps.map((s) => s.kind)).toEqual(['start', 'pause', 'count']);
  });

  it('merges overlapping pauses and ignores pauses outside the period', () => {
    // 10–12.11 and 12–13.11 → 4 distinct days: 05.12 + 4 = Wed 09.12.2026. A pause on 20–22.12 is after the end.
    const d = computeDeadline({
      rule: policyClaim,
      start: '2026-11-05',
      calendar: ru,
      policyClause: '8.2',
      pauses: [
        { from: '2026-11-10', to: '2026-11-12', reason },
        { from: '2026-11-12', to: '2026-11-13', reason: 'экспертиза' },
        { from: '2026-12-20', to: '2026-12-22', reason: 'после срока' },
      ],
    });
    expect(d.dueDate).toBe('2026-12-09');
    expect(d.explanationRu).not.toContain('после срока');
  });

  it('moves a pushed last day that lands on a weekend', () => {
    // One paused day: 05.12 + 1 = Sun 06.12.2026 → Monday 07.12.2026.
    const d = computeDeadline({
      rule: policyClaim,
      start: '2026-11-05',
      calendar: ru,
      policyClause: '8.2',
      pauses: [{ from: '2026-11-20', to: '2026-11-20', reason }],
    });
    expect([d.dueDate, d.shiftedFrom]).toEqual(['2026-12-07', '2026-12-06']);
  });

  it('skips the paused working days of a working-day period', () => {
    // Received Mon 16.11.2026: 17 (1), 18 (2), 19 (3); paused Fri 20 – Tue 24 (working days 20, 23, 24 not counted);
    // 25 (4), 26 (5), 27 (6), 30 (7), 01.12 (8), 02.12 (9), 03.12 (10). Without the pause: Mon 30.11.
    const d = computeDeadline({
      rule: access,
      start: '2026-11-16',
      calendar: ru,
      pauses: [{ from: '2026-11-20', to: '2026-11-24', reason }],
    });
    expect(d.dueDate).toBe('2026-12-03');
    expect(d.explanationRu).toContain('не засчитано рабочих дней: 3');
  });

  it('rejects a pause that ends before it starts, and pauses of hour periods', () => {
    expect(DeadlinePause.safeParse({ from: '2026-11-12', to: '2026-11-10', reason }).success).toBe(false);
    expect(() =>
      computeDeadline({
        rule: policyClaim,
        start: '2026-11-05',
        calendar: ru,
        pauses: [{ from: '2026-11-12', to: '2026-11-10', reason }],
      }),
    ).toThrow(expect.objectContaining({ code: 'BAD_PAUSE' }));
    expect(() =>
      computeDeadline({
        rule: ruleById('ru.breachNotice.initial'),
        start: '2026-11-22T10:00:00Z',
        timeZone: 'Europe/Moscow',
        pauses: [{ from: '2026-11-22', to: '2026-11-22', reason }],
      }),
    ).toThrow(expect.objectContaining({ code: 'PAUSE_NOT_ALLOWED' }));
  });
});
