import { describe, expect, it } from 'vitest';
import { buildApi } from '../../shared/ipc/api';
import { channelNames } from '../../shared/ipc/channels';
import { channels, contract } from '../../shared/ipc/contract';
import { changedKeys } from '../../shared/domain/audit';
import { formatDateRu, localIsoDate } from '../../shared/format/date';
import { isValidIsoDate } from '../../shared/domain/common';

describe('IPC contract', () => {
  it('lists the same channels as the preload channel list, all named domain:verb', () => {
    expect([...channels].sort()).toEqual([...channelNames].sort());
    for (const c of channels) expect(c).toMatch(/^[a-z]+:[a-zA-Z]+$/);
  });

  it('has input and output schemas for every channel', () => {
    for (const c of channels) {
      expect(typeof contract[c].input.safeParse).toBe('function');
      expect(typeof contract[c].output.safeParse).toBe('function');
    }
  });

  it('builds window.api as named functions that forward channel and payload', async () => {
    const calls: [string, unknown][] = [];
    const api = buildApi(channelNames, async (channel, payload) => {
      calls.push([channel, payload]);
      return { ok: true, value: null };
    });
    await api.recipients.get({ id: 1 });
    await api.app.info();
    expect(calls).toEqual([
      ['recipients:get', { id: 1 }],
      ['app:info', null],
    ]);
    expect(Object.keys(api).sort()).toEqual([...new Set(channelNames.map((c) => c.split(':')[0]))].sort());
    expect(Object.keys(api)).toEqual(
      expect.arrayContaining(['organisations', 'recipients', 'audit', 'backups']),
    );
  });
});

describe('small shared helpers', () => {
  it('validates calendar dates strictly', () => {
    expect(isValidIsoDate('2028-02-29')).toBe(true);
    expect(isValidIsoDate('2026-02-29')).toBe(false);
    expect(isValidIsoDate('2026-13-01')).toBe(false);
    expect(isValidIsoDate('01.02.2026')).toBe(false);
  });

  it('formats dates the Russian way and takes local dates', () => {
    expect(formatDateRu('2026-12-07')).toBe('07.12.2026');
    expect(localIsoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });

  it('lists changed keys between two snapshots', () => {
    expect(changedKeys({ a: 1, b: [1], c: 'x' }, { a: 1, b: [2], d: 'y' })).toEqual(['b', 'c', 'd']);
    expect(changedKeys(null, { a: 1 })).toEqual(['a']);
  });
});
