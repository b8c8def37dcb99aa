import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { latestSchemaVersion } from '../../electron/db/migrations';
import { describeEngines } from '../support/engines';
import { startTestApp, type TestApp } from '../support/testContext';
import { claimInput, shopRu } from './correspondenceFixtures';

let app: TestApp;
let ruId: number;
beforeEach(async () => {
  app = await startTestApp();
  ruId = (await app.ok('organisations:create', shopRu)).id;
});
afterEach(async () => app.close());

describe('working-day calendars in the database', () => {
  it('migration 3 creates the correspondence tables', async () => {
    expect(latestSchemaVersion).toBeGreaterThanOrEqual(3);
    const names = (
      await app.ctx.db.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'")
    ).map((r) => r.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'correspondence_items',
        'correspondence_answers',
        'subject_blocks',
        'working_calendars',
        'correspondence_settings',
        'correspondence_counters',
        'correspondence_search',
      ]),
    );
    await app.ok('correspondence:register', claimInput(ruId, { currency: 'RUB' }));
    await expect(app.ctx.db.run('DELETE FROM correspondence_items')).rejects.toThrow(/evidence/);
  });

  it('seeds the shipped years on first use and corrects a year as a new version', async () => {
    const list = await app.ok('calendars:list');
    expect(list).toHaveLength(9);
    expect(list.find((c) => c.country === 'RU' && c.year === 2026)).toMatchObject({
      version: '2026-1',
      origin: 'shipped',
    });
    const ru2026 = await app.ok('calendars:get', { country: 'RU', year: 2026 });
    expect(ru2026.daysOff).toContain('2026-11-04');

    const item = await app.ok(
      'correspondence:register',
      claimInput(ruId, { kind: 'access', amountMinor: null, currency: null }),
    );
    expect(item.dueDate).toBe('2026-11-19');
    const answered = await app.ok(
      'correspondence:register',
      claimInput(ruId, { kind: 'access', amountMinor: null, currency: null }),
    );
    await app.ok('correspondence:setStatus', { id: answered.id, status: 'inReview' });
    await app.ok('correspondence:setStatus', { id: answered.id, status: 'answered' });

    // A decree makes Tuesday 10.11.2026 a day off.
    const corrected = await app.ok('calendars:correct', {
      ...ru2026,
      version: '',
      daysOff: [...ru2026.daysOff, '2026-11-10'],
      source: `${ru2026.source}; тестовое постановление о переносе 10.11.2026`,
    });
    expect(corrected.calendar).toMatchObject({
      version: '2026-2',
      origin: 'corrected',
      history: [{ version: '2026-1' }],
    });
    expect(corrected.recomputed).toBe(1);
    const moved = await app.ok('correspondence:get', { id: item.id });
    expect(moved.dueDate).toBe('2026-11-20');
    expect(moved.deadline.basis.calendarVersion).toBe('RU:2026-2');
    const kept = await app.ok('correspondence:get', { id: answered.id });
    expect(kept.deadline.basis.calendarVersion).toBe('RU:2026-1');

    const weekend = await app.call('calendars:correct', { ...ru2026, version: '', daysOff: ['2026-11-14'] });
    expect(weekend).toMatchObject({
      ok: false,
      error: { fieldErrors: { 'daysOff.0': ['validation.calendar.weekendDayOff'] } },
    });
    const taken = await app.call('calendars:correct', { ...ru2026, version: '2026-2' });
    expect(taken).toMatchObject({
      ok: false,
      error: { fieldErrors: { version: ['validation.calendar.versionTaken'] } },
    });
    const history = await app.ok('audit:history', { entity: 'workingCalendar', entityId: 10 });
    expect(history).toHaveLength(1);
  });
});

describeEngines('working-day calendars', (engine) => {
  let officer: TestApp;
  beforeEach(async () => {
    officer = await startTestApp({ engine });
  });
  afterEach(async () => officer.close());

  it('seeds the shipped years once, on first use by someone who may, and reads them everywhere', async () => {
    // In team mode a lawyer's first look seeds nothing (only officers add calendars) and fails nothing.
    const lawyer = officer.team
      ? await startTestApp({ joinTeam: { team: officer.team, login: officer.team.logins.lawyer } })
      : null;
    try {
      if (lawyer) expect(await lawyer.ok('calendars:list')).toEqual([]);
      const list = await officer.ok('calendars:list');
      expect(list).toHaveLength(9);
      expect(list.every((c) => c.origin === 'shipped' && c.version === `${c.year}-1`)).toBe(true);
      expect(await officer.ok('calendars:list')).toEqual(list);
      const ru2026 = await officer.ok('calendars:get', { country: 'RU', year: 2026 });
      expect(ru2026.daysOff).toContain('2026-11-04');
      expect(ru2026).toMatchObject({ createdBy: '', history: [] });
      if (lawyer) {
        expect(await lawyer.ok('calendars:list')).toEqual(list);
        expect(await lawyer.ok('calendars:get', { country: 'RU', year: 2026 })).toEqual(ru2026);
      }
      const missing = await officer.call('calendars:get', { country: 'RU', year: 2099 });
      expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      if (officer.team) {
        // The server requires an entry for every calendar row: one app-wide entry per seeded year.
        const entries = await officer.team.admin.query(
          "SELECT organisation_id, actor_os FROM audit_log WHERE entity = 'workingCalendar' AND action = 'create'",
        );
        expect(entries.rows).toHaveLength(9);
        expect(new Set(entries.rows.map((r) => `${r.organisation_id}:${r.actor_os}`))).toEqual(
          new Set([`null:${officer.team.logins.officer.login}`]),
        );
      }
    } finally {
      await lawyer?.close();
    }
  });
});
