import type { WebContents } from 'electron';
import { eventChannel } from '../../shared/ipc/contracts/eventNames';
import { appEventSchemas } from '../../shared/ipc/contracts/events';
import type { AppEvents } from '../appEvents';
import type { SenderCheck } from './register';

/**
 * Pushes the context's events to the window's page, parsed against the contract, and only while the
 * page is the app's own (the same check as for calls from the page).
 */
export const forwardAppEvents = (
  events: AppEvents,
  target: () => WebContents | null,
  isTrustedSender: SenderCheck,
): (() => void) =>
  events.subscribe((name, payload) => {
    const contents = target();
    if (!contents || contents.isDestroyed()) return;
    const frame = contents.mainFrame;
    if (!isTrustedSender(frame)) return;
    const parsed = appEventSchemas[name].safeParse(payload);
    if (parsed.success) frame.send(eventChannel(name), parsed.data);
  });
