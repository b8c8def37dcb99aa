/** Instants shown and typed in the organisation's IANA zone (not the computer's). */

const pad = (n: number) => String(n).padStart(2, '0');

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const partsIn = (ms: number, zone: string): Parts => {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });
  const get = (type: Intl.DateTimeFormatPartTypes) =>
    Number(format.formatToParts(new Date(ms)).find((p) => p.type === type)?.value ?? 0);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
  };
};

/** Offset of the zone from UTC at an instant, in ms (whole minutes). */
const offsetAt = (ms: number, zone: string): number => {
  const p = partsIn(ms, zone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
  return asUtc - Math.floor(ms / 60_000) * 60_000;
};

/** A UTC ISO instant as the value of <input type="datetime-local"> in the zone; '' when empty. */
export const toZonedInput = (iso: string, zone: string): string => {
  const ms = Date.parse(iso);
  if (!iso || Number.isNaN(ms)) return '';
  const p = partsIn(ms, zone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
};

/** A datetime-local value read in the zone, as a UTC ISO instant; '' when empty or malformed. */
export const fromZonedInput = (local: string, zone: string): string => {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(local);
  if (!m) return '';
  const guess = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  const first = guess - offsetAt(guess, zone);
  const ms = guess - offsetAt(first, zone);
  return new Date(ms).toISOString();
};

/** DD.MM.YYYY HH:MM in the zone. */
export const showZoned = (iso: string | null | undefined, zone: string): string => {
  if (!iso) return '—';
  const v = toZonedInput(iso, zone);
  if (!v) return iso;
  return `${v.slice(8, 10)}.${v.slice(5, 7)}.${v.slice(0, 4)} ${v.slice(11, 16)}`;
};
