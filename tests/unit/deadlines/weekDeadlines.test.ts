import { describe, expect, it } from 'vitest';
import { computeDeadline } from '../../../shared/deadlines/compute';
import { calendarOf, ruleById } from './fixtures';

// KG "within one week" = a period in weeks: it ends on the same weekday of the next week (start + 7 days),
// moved to the next KG working day when that day is not worked. Weekdays from 01.01.2026 = Thursday.

const kg = calendarOf('KG');
const access = ruleById('kg.access');

describe('KG one-week periods', () => {
  it('ends on the same weekday a week later', () => {
    // Received Mon 16.11.2026 → Monday 23.11.2026.
    const d = computeDeadline({ rule: access, start: '2026-11-16', calendar: kg });
    expect(d.dueDate).toBe('2026-11-23');
    expect(d.explanationRu).toBe(
      '1 неделя со дня, следующего за днём получения (Закон КР от 14.04.2008 № 58 «Об информации ' +
        'персонального характера», ст. 17 п. «д»); последний день — понедельник 23.11.2026',
    );
    expect(d.explanationEn).toMatch(/^1 week from the day after receipt \(KG Law No\. 58/);
    expect(d.warnings.map((w) => w.code)).toEqual(['CALENDAR_UNVERIFIED']);
  });

  it('moves a last day on Orozo Ait past Nooruz (Saturday) and Sunday', () => {
    // Received Fri 13.03.2026 → Fri 20.03 (Orozo Ait) → Sat 21 (Nooruz) → Sun 22 → Monday 23.03.2026.
    const d = computeDeadline({ rule: access, start: '2026-03-13', calendar: kg });
    expect(d.dueDate).toBe('2026-03-23');
    expect(d.explanationRu).toContain(
      'последний день — пятница 20.03.2026 (Орозо айт), перенесён на понедельник 23.03.2026',
    );
  });

  it('does not move a holiday that falls on a Sunday (2025 Labour Code)', () => {
    // Received Sun 01.03.2026 → Sun 08.03 → Monday 09.03.2026 is worked in KG.
    expect(computeDeadline({ rule: access, start: '2026-03-01', calendar: kg }).dueDate).toBe('2026-03-09');
  });

  it('skips the May holidays (1–9 May)', () => {
    // Regulator request received Mon 27.04.2026 → Mon 04.05 (May holidays to Sat 09, then Sun 10) → Monday 11.05.2026.
    const d = computeDeadline({ rule: ruleById('kg.regulatorRequest'), start: '2026-04-27', calendar: kg });
    expect(d.dueDate).toBe('2026-05-11');
    expect(d.shiftedFrom).toBe('2026-05-04');
  });

  it('flags an unconfirmed Kurman Ait date inside the period', () => {
    // Received Wed 20.05.2026 → Wed 27.05 (Kurman Ait, expected date) → Thursday 28.05.2026.
    const d = computeDeadline({ rule: access, start: '2026-05-20', calendar: kg });
    expect(d.dueDate).toBe('2026-05-28');
    expect(d.warnings.map((w) => w.code)).toContain('DATE_UNVERIFIED');
    expect(d.warnings.find((w) => w.code === 'DATE_UNVERIFIED')?.textRu).toContain('27.05.2026');
  });

  it('crosses the year end into the KG New Year holidays', () => {
    // Received Fri 25.12.2026 → Fri 01.01.2027 → Sat–Sun → 04–07.01 holidays (Mon–Thu) → Friday 08.01.2027.
    const d = computeDeadline({ rule: access, start: '2026-12-25', calendar: kg });
    expect(d.dueDate).toBe('2027-01-08');
    expect(d.calendarVersion).toBe('KG:2027-1'); // only the last days were looked up
  });
});
