const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The local calendar date of an instant, as YYYY-MM-DD (legal dates are local dates). */
export const localIsoDate = (instant: Date): string =>
  `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`;

/** YYYY-MM-DD -> DD.MM.YYYY, as the Russian UI and printed documents show dates. */
export const formatDateRu = (isoDate: string): string => {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : isoDate;
};

/** A UTC instant (ISO string) shown in local time as DD.MM.YYYY HH:MM. */
export const formatInstantRu = (iso: string): string => {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${pad(d.getDate())}.${pad(d.getMonth() + 1)}.${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

/** A file-name-safe local timestamp: 2026-11-22T08-30-05. */
export const fileStamp = (instant: Date): string =>
  `${localIsoDate(instant)}T${pad(instant.getHours())}-${pad(instant.getMinutes())}-${pad(instant.getSeconds())}`;
