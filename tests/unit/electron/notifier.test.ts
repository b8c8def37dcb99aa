import type { Notification } from 'electron';
import { describe, expect, it } from 'vitest';
import { electronNotifier } from '../../../electron/platform/electronAdapters';

/** Electron's Notification class as the adapter uses it: isSupported() and new + show(). */
const fakeNotification = (supported: boolean) => {
  const shown: { title: string; body: string }[] = [];
  class FakeNotification {
    static isSupported = () => supported;
    constructor(private readonly options: { title: string; body: string }) {}
    show() {
      shown.push(this.options);
    }
  }
  return { shown, Notification: FakeNotification as unknown as typeof Notification };
};

describe('the Electron notifier', () => {
  it('shows a system notification where the platform supports them', () => {
    const fake = fakeNotification(true);
    electronNotifier(fake.Notification).notify({ title: 'Compliance Desk — сроки', body: 'Просрочено: 1.' });
    expect(fake.shown).toEqual([{ title: 'Compliance Desk — сроки', body: 'Просрочено: 1.' }]);
  });

  it('does nothing where they are not supported', () => {
    const fake = fakeNotification(false);
    electronNotifier(fake.Notification).notify({ title: 't', body: 'b' });
    expect(fake.shown).toEqual([]);
  });
});
