import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  CHECK_EVERY_MS,
  FIRST_REMINDER_MS,
  remindDue,
  startDueReminders,
} from '../../electron/services/agenda/reminders';
import { recipientInput } from '../support/fixtures';
import { recordingNotifier, startTestApp, type TestApp } from '../support/testContext';
import { breachInput } from './breachesFixtures';
import { shopRu } from './correspondenceFixtures';

let app: TestApp;
let ruId: number;
beforeEach(async () => {
  // 22.11.2026 12:00 Moscow.
  app = await startTestApp({ now: '2026-11-22T09:00:00.000Z' });
  ruId = (await app.ok('organisations:create', shopRu)).id;
});
afterEach(async () => app.close());

describe('«Сроки»: one place for everything dated', () => {
  it('counts a missed Roskomnadzor clock as overdue and lists the running one', async () => {
    // Detected 21.11 10:00 Moscow: the 24 h notice was due 22.11 10:00 (missed), the 72 h one 24.11 10:00.
    const incident = await app.ok(
      'breaches:create',
      breachInput(ruId, {
        detectedAt: '2026-11-21T07:00:00.000Z',
        becameAwareAt: '2026-11-21T07:00:00.000Z',
      }),
    );
    const agenda = await app.ok('agenda:overview');
    const clocks = agenda.entries.filter((e) => e.kind === 'breachClock');
    expect(clocks.map((c) => [c.label, c.state, c.dueAt])).toEqual([
      [incident.number, 'overdue', '2026-11-22T07:00:00.000Z'],
      [incident.number, 'thisWeek', '2026-11-24T07:00:00.000Z'],
    ]);
    expect(clocks[0]?.titleRu).toMatch(/^Роскомнадзор: Уведомление Роскомнадзора об инциденте/);
    expect(agenda.counts.overdue).toBe(1);
    expect(await app.ok('agenda:badges')).toMatchObject({ deadlines: 1, breaches: 1 });

    // Logging the first notice (even late) ends the urgency of that clock.
    await app.ok('breaches:recordNotification', {
      incidentId: incident.id,
      addressee: 'regulator',
      purpose: 'initial',
      sentAt: '2026-11-22T08:00:00.000Z',
      channel: 'portal',
    });
    const after = await app.ok('agenda:overview');
    expect(after.entries.filter((e) => e.kind === 'breachClock').map((e) => e.state)).toEqual(['thisWeek']);
    expect((await app.ok('agenda:badges')).breaches).toBe(0);
  });

  it('lists review dates and contract ends within 30 days, overdue ones counted', async () => {
    await app.ok(
      'recipients:create',
      recipientInput(ruId, {
        legalName: 'Пересмотр просрочен',
        country: 'RU',
        registrationNumber: '',
        reviewDate: '2026-11-01',
      }),
    );
    await app.ok(
      'recipients:create',
      recipientInput(ruId, {
        legalName: 'Договор кончается',
        country: 'RU',
        registrationNumber: '',
        contractEndDate: '2026-12-05',
      }),
    );
    await app.ok(
      'recipients:create',
      recipientInput(ruId, {
        legalName: 'Далеко',
        country: 'RU',
        registrationNumber: '',
        reviewDate: '2027-06-01',
      }),
    );
    const agenda = await app.ok('agenda:overview');
    expect(agenda.entries.map((e) => [e.kind, e.label, e.state])).toEqual([
      ['review', 'Пересмотр просрочен', 'overdue'],
      ['contractEnd', 'Договор кончается', 'later'],
    ]);
    expect(await app.ok('agenda:badges')).toMatchObject({ recipients: 1, deadlines: 1 });
  });

  it('warns 90 days before the last working-day calendar of a country in use runs out', async () => {
    expect((await app.ok('agenda:overview')).entries.filter((e) => e.kind === 'calendar')).toEqual([]);
    app.clock.set('2027-10-15T09:00:00.000Z');
    const calendars = (await app.ok('agenda:overview')).entries.filter((e) => e.kind === 'calendar');
    expect(calendars).toMatchObject([
      { country: 'RU', label: '2027', dueDate: '2027-12-31', state: 'later' },
    ]);
  });
});

describe('desktop reminders', () => {
  it('notifies when anything is overdue or due today, and stays silent otherwise', async () => {
    const notifier = recordingNotifier();
    expect(await remindDue(app.ctx, notifier)).toBe(false);
    await app.ok(
      'breaches:create',
      breachInput(ruId, {
        detectedAt: '2026-11-21T07:00:00.000Z',
        becameAwareAt: '2026-11-21T07:00:00.000Z',
      }),
    );
    expect(await remindDue(app.ctx, notifier)).toBe(true);
    expect(notifier.sent).toEqual([
      {
        title: 'Compliance Desk — сроки',
        body: 'Просрочено: 1. Истекает сегодня: 0. Откройте «Сроки», чтобы увидеть, что именно.',
      },
    ]);
  });

  it('reminds at start and once a day', async () => {
    await app.ok(
      'breaches:create',
      breachInput(ruId, {
        detectedAt: '2026-11-21T07:00:00.000Z',
        becameAwareAt: '2026-11-21T07:00:00.000Z',
      }),
    );
    const notifier = recordingNotifier();
    const pending: { fn: () => void; ms: number }[] = [];
    const stop = startDueReminders(app.ctx, notifier, {
      setTimeout: (fn, ms) => pending.push({ fn, ms }),
      clearTimeout: () => undefined,
    });
    const fire = async () => {
      const next = pending.shift();
      expect(next).toBeDefined();
      next?.fn();
      // Let the reminder's database look-ups finish and the next check be scheduled.
      for (let i = 0; i < 50 && pending.length === 0; i += 1) await new Promise((r) => setTimeout(r, 10));
      return next?.ms;
    };
    expect(await fire()).toBe(FIRST_REMINDER_MS);
    expect(notifier.sent).toHaveLength(1);
    expect(await fire()).toBe(CHECK_EVERY_MS); // same day: nothing new
    expect(notifier.sent).toHaveLength(1);
    app.clock.set('2026-11-23T09:00:00.000Z');
    await fire();
    expect(notifier.sent).toHaveLength(2);
    stop();
  });
});
