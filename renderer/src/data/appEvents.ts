import { useEffect, useRef } from 'react';
import type { AppEventName, AppEventsApi } from '../../../shared/ipc/contracts/eventNames';
import { appEventSchemas, type AppEventPayload } from '../../../shared/ipc/contracts/events';

declare global {
  interface Window {
    appEvents?: AppEventsApi;
  }
}

/** Calls `listener` with each (schema-checked) payload the main process pushes for `name`. */
export function useAppEvent<E extends AppEventName>(
  name: E,
  listener: (payload: AppEventPayload<E>) => void,
  enabled = true,
): void {
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => {
    if (!enabled || !window.appEvents) return;
    return window.appEvents.on(name, (raw) => {
      const parsed = appEventSchemas[name].safeParse(raw);
      if (parsed.success) latest.current(parsed.data as AppEventPayload<E>);
    });
  }, [name, enabled]);
}
