import { describe, expect, it } from 'vitest';
import { computeClocks, nearestClock, type ClockInput } from '../../../shared/breaches/clocks';
import { canMoveBreach } from '../../../shared/breaches/statusWorkflow';
import { calendarOf, shippedRules } from '../deadlines/fixtures';

const base = (over: Partial<ClockInput>): ClockInput => ({
  rules: shippedRules(),
  jurisdiction: 'KZ',
  detectedAt: '2026-11-20T05:00:00.000Z',
  becameAwareAt: '2026-11-20T05:00:00.000Z',
  calendar: calendarOf('KZ'),
  timeZone: 'Asia/Almaty',
  kgTargetHours: 72,
  gdprOptIn: false,
  notifications: [],
  now: '2026-11-20T06:00:00.000Z',
  ...over,
});

describe('breach clocks', () => {
  it('KZ: detected on Friday → 24:00 Almaty of Monday (weekend skipped)', () => {
    const [clock] = computeClocks(base({}));
    expect(clock).toMatchObject({
      ruleId: 'kz.breachNotice.initial',
      dueAt: '2026-11-23T19:00:00.000Z',
      state: 'running',
    });
    expect(clock?.basis.calendarVersion).toContain('KZ');
  });

  it('KZ: detected the day before Independence Day (Wed 16.12.2026) → Thursday 17.12', () => {
    const [clock] = computeClocks(
      base({ detectedAt: '2026-12-15T05:00:00.000Z', now: '2026-12-15T06:00:00.000Z' }),
    );
    expect(clock?.dueAt).toBe('2026-12-17T19:00:00.000Z');
    expect(clock?.basis.explanationRu).toContain('17.12.2026');
  });

  it('KZ: Friday before the Nauryz holidays 23–25.03.2026 → Thursday 26.03', () => {
    const [clock] = computeClocks(
      base({ detectedAt: '2026-03-20T05:00:00.000Z', now: '2026-03-20T06:00:00.000Z' }),
    );
    expect(clock?.dueAt).toBe('2026-03-26T19:00:00.000Z');
  });

  it('KG: the internal target from settings; GDPR when opted in, from awareness', () => {
    const clocks = computeClocks(
      base({
        jurisdiction: 'KG',
        calendar: calendarOf('KG'),
        timeZone: 'Asia/Bishkek',
        kgTargetHours: 48,
        gdprOptIn: true,
        becameAwareAt: '2026-11-20T09:00:00.000Z',
      }),
    );
    expect(clocks.map((c) => [c.ruleId, c.dueAt])).toEqual([
      ['kg.breachNotice.internal', '2026-11-22T05:00:00.000Z'],
      ['any.breachNotice.gdpr', '2026-11-23T09:00:00.000Z'],
    ]);
    expect(nearestClock(clocks)?.ruleId).toBe('kg.breachNotice.internal');
  });

  it('a notification stops the clock: met when on time, missed when late or absent', () => {
    const ru = base({ jurisdiction: 'RU', calendar: calendarOf('RU'), timeZone: 'Europe/Moscow' });
    const onTime = computeClocks({
      ...ru,
      notifications: [
        { id: 1, addressee: 'regulator', purpose: 'initial', sentAt: '2026-11-20T10:00:00.000Z' },
      ],
    });
    expect(onTime[0]).toMatchObject({ state: 'met', notificationId: 1, hoursLeft: null });
    expect(onTime[1]?.state).toBe('running');
    const late = computeClocks({
      ...ru,
      now: '2026-11-22T00:00:00.000Z',
      notifications: [
        { id: 2, addressee: 'regulator', purpose: 'initial', sentAt: '2026-11-21T06:00:00.000Z' },
      ],
    });
    expect(late[0]?.state).toBe('missed');
    expect(computeClocks({ ...ru, now: '2026-11-21T05:00:00.000Z' })[0]?.state).toBe('missed');
    const subjectsOnly = computeClocks({
      ...ru,
      notifications: [
        { id: 3, addressee: 'subjects', purpose: 'initial', sentAt: '2026-11-20T10:00:00.000Z' },
      ],
    });
    expect(subjectsOnly[0]?.state).toBe('running');
  });

  it('status workflow', () => {
    expect(canMoveBreach('open', 'contained')).toBe(true);
    expect(canMoveBreach('contained', 'open')).toBe(false);
    expect(canMoveBreach('closed', 'open')).toBe(false);
    expect(canMoveBreach('notified', 'closed')).toBe(true);
  });
});
