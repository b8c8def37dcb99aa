import { useEffect, useRef, useState } from 'react';

export const SEARCH_DELAY_MS = 250;

/**
 * A list's search box: the text shows at once, the list query gets it once typing pauses (one
 * request per pause, not per key). `commit` receives the settled text; `clear` cancels a pending one;
 * `flush` commits what is typed at once (before leaving the page, so coming back shows it).
 */
export function useListSearch(initial: string, commit: (text: string) => void) {
  const [text, setText] = useState(initial);
  const timer = useRef<number | undefined>(undefined);
  const latest = useRef(commit);
  useEffect(() => {
    latest.current = commit;
  });
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const change = (next: string) => {
    setText(next);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => latest.current(next), SEARCH_DELAY_MS);
  };
  const clear = () => {
    window.clearTimeout(timer.current);
    setText('');
  };
  const flush = () => {
    window.clearTimeout(timer.current);
    latest.current(text);
  };
  return { text, change, clear, flush };
}
