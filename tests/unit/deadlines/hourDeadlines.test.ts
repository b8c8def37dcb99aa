import { describe, expect, it } from 'vitest';
import { computeDeadline } from '../../../shared/deadlines/compute';
import { DeadlineError } from '../../../shared/deadlines/errors';
import { ruleById } from './fixtures';

// Hour periods run around the clock from the instant of detection: due = detection + N × 3600 s. The zones
// used have no DST: Europe/Moscow UTC+3, Asia/Bishkek UTC+6, Asia/Almaty UTC+5 (since 01.03.2024, tzdata
// 2024a or later).

const initial = ruleById('ru.breachNotice.initial');
const investigation = ruleById('ru.breachNotice.investigation');

describe('RU breach notices: 24 h and 72 h', () => {
  it('runs across midnight', () => {
    // Detected Sun 22.11.2026 22:30 Moscow = 19:30 UTC → +24 h = 23.11 19:30 UTC (22:30 Moscow); +72 h = 25.11.
    const a = computeDeadline({
      rule: initial,
      start: '2026-11-22T22:30:00+03:00',
      timeZone: 'Europe/Moscow',
    });
    const b = computeDeadline({
      rule: investigation,
      start: '2026-11-22T22:30:00+03:00',
      timeZone: 'Europe/Moscow',
    });
    expect([a.dueAt, a.dueDate]).toEqual(['2026-11-23T19:30:00.000Z', '2026-11-23']);
    expect([b.dueAt, b.dueDate]).toEqual(['2026-11-25T19:30:00.000Z', '2026-11-25']);
    expect(a.calendarVersion).toBeNull();
    expect(a.explanationRu).toBe(
      '24 часа с момента выявления (Федеральный закон от 27.07.2006 № 152-ФЗ, ст. 21 ч. 3.1 п. 1); ' +
        'истекает 23.11.2026 в 22:30 (МСК)',
    );
    expect(a.explanationEn).toBe(
      '24 hours from the moment of detection (Federal Law No. 152-FZ of 27.07.2006, art. 21 part 3.1 item 1); ' +
        'expires on 23.11.2026 at 22:30 (MSK)',
    );
  });

  it('ignores weekends and holidays: hours are not working days', () => {
    // Detected Thu 31.12.2026 10:00 Moscow (a day off) = 07:00 UTC → +72 h = Sun 03.01.2027 07:00 UTC.
    const d = computeDeadline({
      rule: investigation,
      start: '2026-12-31T10:00:00+03:00',
      timeZone: 'Europe/Moscow',
    });
    expect(d.dueAt).toBe('2027-01-03T07:00:00.000Z');
    expect(d.explanationRu).toContain('истекает 03.01.2027 в 10:00 (МСК)');
  });

  it('gives the local due date in the organisation zone', () => {
    // 22.11.2026 20:30 UTC + 24 h = 23.11 20:30 UTC: 23:30 in Moscow (23.11), 02:30 on 24.11 in Bishkek.
    const moscow = computeDeadline({
      rule: initial,
      start: '2026-11-22T20:30:00Z',
      timeZone: 'Europe/Moscow',
    });
    const bishkek = computeDeadline({
      rule: initial,
      start: '2026-11-22T20:30:00Z',
      timeZone: 'Asia/Bishkek',
    });
    expect(moscow.dueAt).toBe(bishkek.dueAt);
    expect([moscow.dueDate, bishkek.dueDate]).toEqual(['2026-11-23', '2026-11-24']);
    expect(bishkek.explanationRu).toContain('истекает 24.11.2026 в 02:30 (UTC+6)');
  });

  it('needs an instant and a time zone', () => {
    expect(() => computeDeadline({ rule: initial, start: '2026-11-22', timeZone: 'Europe/Moscow' })).toThrow(
      expect.objectContaining({ code: 'BAD_START' }),
    );
    expect(() => computeDeadline({ rule: initial, start: '2026-11-22T10:00:00Z' })).toThrow(
      expect.objectContaining({ code: 'TIME_ZONE_REQUIRED' }),
    );
    expect(() =>
      computeDeadline({ rule: initial, start: '2026-11-22T10:00:00Z', timeZone: 'Mars/Olympus' }),
    ).toThrow(expect.objectContaining({ code: 'BAD_TIME_ZONE' }));
    expect(() => computeDeadline({ rule: initial, start: 'yesterday', timeZone: 'Europe/Moscow' })).toThrow(
      DeadlineError,
    );
  });
});

describe('KG internal target and GDPR', () => {
  const internal = ruleById('kg.breachNotice.internal');

  it('uses 72 h by default and the configured number of hours otherwise', () => {
    // Detected 22.11.2026 23:00 Bishkek = 17:00 UTC → +72 h = 25.11 17:00 UTC; +48 h = 24.11 17:00 UTC.
    const start = '2026-11-22T23:00:00+06:00';
    const byDefault = computeDeadline({ rule: internal, start, timeZone: 'Asia/Bishkek' });
    const configured = computeDeadline({
      rule: internal,
      start,
      timeZone: 'Asia/Bishkek',
      amountOverride: 48,
    });
    expect(byDefault.dueAt).toBe('2026-11-25T17:00:00.000Z');
    expect([configured.dueAt, configured.amount]).toEqual(['2026-11-24T17:00:00.000Z', 48]);
    expect(configured.explanationRu).toMatch(
      /^48 часов с момента выявления .*истекает 24\.11\.2026 в 23:00 \(UTC\+6\)$/,
    );
  });

  it('accepts an override only within the configured range and only on a configurable rule', () => {
    const start = '2026-11-22T23:00:00+06:00';
    expect(() =>
      computeDeadline({ rule: internal, start, timeZone: 'Asia/Bishkek', amountOverride: 0 }),
    ).toThrow(expect.objectContaining({ code: 'AMOUNT_OUT_OF_RANGE' }));
    expect(() =>
      computeDeadline({ rule: initial, start, timeZone: 'Asia/Bishkek', amountOverride: 12 }),
    ).toThrow(expect.objectContaining({ code: 'AMOUNT_NOT_CONFIGURABLE' }));
  });

  it('GDPR 72 h from an Almaty detection', () => {
    // Detected 01.06.2026 09:15 Almaty (UTC+5) = 04:15 UTC → +72 h = 04.06.2026 04:15 UTC = 09:15 Almaty.
    const d = computeDeadline({
      rule: ruleById('any.breachNotice.gdpr'),
      start: '2026-06-01T09:15:00+05:00',
      timeZone: 'Asia/Almaty',
    });
    expect(d.dueAt).toBe('2026-06-04T04:15:00.000Z');
    expect(d.explanationRu).toBe(
      '72 часа с момента выявления (Регламент (ЕС) 2016/679 (GDPR), ст. 33 п. 1); истекает 04.06.2026 в 09:15 (UTC+5)',
    );
  });
});

describe('RU blocking: immediately', () => {
  it('is due at the moment of the request, for the period of the check', () => {
    const d = computeDeadline({
      rule: ruleById('ru.blocking'),
      start: '2026-11-22T09:15:00+03:00',
      timeZone: 'Europe/Moscow',
    });
    expect([d.dueDate, d.dueAt]).toEqual(['2026-11-22', '2026-11-22T06:15:00.000Z']);
    expect(d.explanationRu).toBe(
      'немедленно с момента получения, на период проверки (Федеральный закон от 27.07.2006 № 152-ФЗ, ст. 21 ч. 1)',
    );
    expect(d.explanationEn).toBe(
      'immediately from the moment of receipt, for the period of the check (Federal Law No. 152-FZ of 27.07.2006, art. 21 part 1)',
    );
  });
});
