import { describe, expect, it } from 'vitest';
import { computeDeadline } from '../../../shared/deadlines/compute';
import { calendarOf, ruleById } from './fixtures';

// Working days are counted from the day after the start event, skipping weekends, holidays and days
// off moved by decree; the last counted day is the due date. Weekdays from 01.01.2025 = Wednesday,
// 01.01.2026 = Thursday.

const ru = calendarOf('RU');
const cite152 = 'Федеральный закон от 27.07.2006 № 152-ФЗ';

describe('RU working-day periods', () => {
  it('access request: 10 working days across the May holidays', () => {
    // Received Mon 27.04.2026: Apr 28 (1), 29 (2), 30 (3); May 1 off, 2–3 weekend; May 4 (4) … 8 (8);
    // 9–10 weekend, 11 off (moved from 09.05); May 12 (9), 13 (10).
    const d = computeDeadline({ rule: ruleById('ru.access'), start: '2026-04-27', calendar: ru });
    expect(d.dueDate).toBe('2026-05-13');
    expect(d.shiftedFrom).toBeNull();
    expect(d.explanationRu).toBe(
      `10 рабочих дней со дня, следующего за днём получения (${cite152}, ст. 14 ч. 3, ст. 20 ч. 1); ` +
        'последний день — среда 13.05.2026',
    );
    expect(d.explanationEn).toBe(
      '10 working days from the day after receipt (Federal Law No. 152-FZ of 27.07.2006, art. 14 part 3, ' +
        'art. 20 part 1); the last day is Wednesday 13.05.2026',
    );
  });

  it('2025 May holidays follow Decree No. 1335 (08.05 off, moved from 23.02)', () => {
    // Received Mon 05.05.2025: 06 (1), 07 (2); 08–09 off, 10–11 weekend; 12 (3) … 16 (7); 19 (8), 20 (9), 21 (10).
    expect(computeDeadline({ rule: ruleById('ru.access'), start: '2025-05-05', calendar: ru }).dueDate).toBe(
      '2025-05-21',
    );
  });

  it('counts the working Saturday 01.11.2025', () => {
    // Received Wed 29.10.2025: 30 (1), 31 (2), Sat 01.11 (3); 03–04 off; 05 (4), 06 (5), 07 (6), 10 (7), 11 (8),
    // 12 (9), 13 (10).
    expect(computeDeadline({ rule: ruleById('ru.refusal'), start: '2025-10-29', calendar: ru }).dueDate).toBe(
      '2025-11-13',
    );
  });

  it('regulator request across the year end (31.12.2025 and 01–11.01.2026 off)', () => {
    // Received Fri 26.12.2025: Mon 29 (1), Tue 30 (2); 31.12–11.01 off; Jan 12 (3) … 16 (7); 19 (8), 20 (9), 21 (10).
    const d = computeDeadline({ rule: ruleById('ru.regulatorRequest'), start: '2025-12-26', calendar: ru });
    expect(d.dueDate).toBe('2026-01-21');
    expect(d.calendarVersion).toBe('RU:2025-1+2026-1');
  });

  it('correction: 7 working days from the supporting information', () => {
    // Proof received Wed 10.06.2026: Thu 11 (1, shortened but worked); Fri 12 Russia Day; 15 (2) … 19 (6); 22 (7).
    const d = computeDeadline({ rule: ruleById('ru.correction'), start: '2026-06-10', calendar: ru });
    expect(d.dueDate).toBe('2026-06-22');
    expect(d.explanationRu).toMatch(
      /^7 рабочих дней со дня, следующего за днём представления подтверждающих сведений/,
    );
  });

  it('unlawful processing: stop in 3 and destroy in 10 working days from detection', () => {
    // Detected Tue 03.11.2026: Wed 04 Unity Day; Thu 05 (1), Fri 06 (2), Mon 09 (3) … Wed 18 (10).
    const stop = computeDeadline({
      rule: ruleById('ru.unlawfulProcessing.stop'),
      start: '2026-11-03',
      calendar: ru,
    });
    const destroy = computeDeadline({
      rule: ruleById('ru.unlawfulProcessing.destroy'),
      start: '2026-11-03',
      calendar: ru,
    });
    expect([stop.dueDate, destroy.dueDate]).toEqual(['2026-11-09', '2026-11-18']);
    expect(stop.explanationRu).toMatch(/^3 рабочих дня со дня, следующего за днём выявления/);
  });
});

describe('KZ breach notice: 1 working day', () => {
  const kz = calendarOf('KZ');
  const rule = ruleById('kz.breachNotice.initial');

  it('ends at 24:00 Almaty time of the next working day after the local day of detection', () => {
    // Detected Fri 20.11.2026 23:30 in Almaty (UTC+5) → next working day Mon 23.11 → 24:00 local = 19:00 UTC.
    const d = computeDeadline({
      rule,
      start: '2026-11-20T23:30:00+05:00',
      calendar: kz,
      timeZone: 'Asia/Almaty',
    });
    expect(d.startDate).toBe('2026-11-20');
    expect(d.dueDate).toBe('2026-11-23');
    expect(d.dueAt).toBe('2026-11-23T19:00:00.000Z');
    expect(d.explanationRu).toBe(
      '1 рабочий день со дня, следующего за днём выявления (Правила осуществления собственником и (или) ' +
        'оператором, а также третьим лицом мер по защите персональных данных, утв. приказом Министра ' +
        'цифрового развития, инноваций и аэрокосмической промышленности РК от 12.06.2023 № 179/НҚ ' +
        '(с изменениями от 28.02.2024 № 100/НҚ и от 22.12.2025 № 672/НҚ)); последний день — понедельник ' +
        '23.11.2026, до 24:00 (UTC+5)',
    );
    expect(d.explanationEn).toContain('the last day is Monday 23.11.2026, until 24:00 (UTC+5)');
    expect(d.warnings.map((w) => w.code)).not.toContain('RULE_UNVERIFIED');
  });

  it('takes the local date, not the UTC date, of the detection', () => {
    // 19.11.2026 19:30 UTC is already Friday 20.11 00:30 in Almaty → Monday 23.11 (a UTC reading would give Fri 20.11).
    const d = computeDeadline({ rule, start: '2026-11-19T19:30:00Z', calendar: kz, timeZone: 'Asia/Almaty' });
    expect([d.startDate, d.dueDate]).toEqual(['2026-11-20', '2026-11-23']);
  });

  it('counts the KZ working Sunday 05.01.2025', () => {
    // Detected Sat 04.01.2025 10:00 Almaty; Sun 05.01 was made working (moved to Fri 03.01) → due Sun 05.01,
    // 24:00 local (UTC+5) = 19:00 UTC.
    const d = computeDeadline({
      rule,
      start: '2025-01-04T10:00:00+05:00',
      calendar: kz,
      timeZone: 'Asia/Almaty',
    });
    expect(d.dueDate).toBe('2025-01-05');
    expect(d.dueAt).toBe('2025-01-05T19:00:00.000Z');
  });
});
