import { useEffect, useState } from 'react';

export const CLOCK_REFRESH_MS = 30_000;

/** The current time, refreshed every 30 s so countdowns move while the page stays open. */
export function useNow(intervalMs = CLOCK_REFRESH_MS): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}
