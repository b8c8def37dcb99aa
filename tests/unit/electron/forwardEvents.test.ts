import type { WebContents, WebFrameMain } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { AppEvents } from '../../../electron/appEvents';
import { forwardAppEvents } from '../../../electron/ipc/forwardEvents';

const fakeContents = (url: string) => {
  const sent: [string, unknown][] = [];
  const frame = { url, send: (channel: string, payload: unknown) => sent.push([channel, payload]) };
  const contents = { isDestroyed: () => false, mainFrame: frame } as unknown as WebContents;
  return { contents, sent };
};
const trusted = (frame: WebFrameMain | null) => frame?.url.startsWith('app://compliance-desk/') ?? false;

describe('pushed events', () => {
  it('reach the app page on their own channel, parsed against the contract', () => {
    const events = new AppEvents();
    const { contents, sent } = fakeContents('app://compliance-desk/index.html');
    forwardAppEvents(events, () => contents, trusted);
    events.emit('jobs:progress', { jobId: 'job-1' });
    expect(sent).toEqual([['event:jobs:progress', { jobId: 'job-1' }]]);
  });

  it('never reach a page that is not the app, and a payload failing the schema is dropped', () => {
    const events = new AppEvents();
    const foreign = fakeContents('https://example.com/');
    forwardAppEvents(events, () => foreign.contents, trusted);
    events.emit('jobs:progress', { jobId: 'job-1' });
    expect(foreign.sent).toEqual([]);

    const app = fakeContents('app://compliance-desk/index.html');
    forwardAppEvents(events, () => app.contents, trusted);
    events.emit('jobs:progress', { jobId: '' });
    expect(app.sent).toEqual([]);
  });

  it('announce a job at most every 100 ms, but always its end', () => {
    vi.useFakeTimers();
    try {
      const events = new AppEvents();
      const seen: unknown[] = [];
      events.subscribe((_name, payload) => seen.push(payload));
      events.jobChanged('a');
      events.jobChanged('a');
      events.jobChanged('b');
      vi.advanceTimersByTime(150);
      events.jobChanged('a');
      events.jobChanged('a', true);
      expect(seen).toEqual([{ jobId: 'a' }, { jobId: 'b' }, { jobId: 'a' }, { jobId: 'a' }]);
    } finally {
      vi.useRealTimers();
    }
  });
});
