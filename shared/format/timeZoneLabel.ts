/**
 * Time zones as a person reads them: «МСК», «МСК+2», «UTC+5», never an IANA id. Russian zones are
 * named by their offset from Moscow time (the way Russian documents and Roskomnadzor's forms state
 * time); every other zone by its offset from UTC at the given instant (DST included).
 */

/** IANA zones of the Russian Federation (offsets are stated relative to Moscow time). */
const RUSSIAN_ZONES = new Set([
  'Europe/Kaliningrad',
  'Europe/Moscow',
  'Europe/Simferopol',
  'Europe/Kirov',
  'Europe/Volgograd',
  'Europe/Samara',
  'Europe/Ulyanovsk',
  'Europe/Astrakhan',
  'Europe/Saratov',
  'Asia/Yekaterinburg',
  'Asia/Omsk',
  'Asia/Novosibirsk',
  'Asia/Barnaul',
  'Asia/Tomsk',
  'Asia/Novokuznetsk',
  'Asia/Krasnoyarsk',
  'Asia/Irkutsk',
  'Asia/Chita',
  'Asia/Yakutsk',
  'Asia/Khandyga',
  'Asia/Vladivostok',
  'Asia/Ust-Nera',
  'Asia/Magadan',
  'Asia/Sakhalin',
  'Asia/Srednekolymsk',
  'Asia/Kamchatka',
  'Asia/Anadyr',
]);

/** City names of the zones offered for the organisations' countries. */
const CITY: Record<string, { ru: string; en: string }> = {
  'Asia/Bishkek': { ru: 'Бишкек', en: 'Bishkek' },
  'Asia/Almaty': { ru: 'Алматы', en: 'Almaty' },
  'Asia/Qostanay': { ru: 'Костанай', en: 'Kostanay' },
  'Asia/Aqtobe': { ru: 'Актобе', en: 'Aktobe' },
  'Asia/Aqtau': { ru: 'Актау', en: 'Aktau' },
  'Asia/Atyrau': { ru: 'Атырау', en: 'Atyrau' },
  'Asia/Oral': { ru: 'Уральск', en: 'Oral' },
  'Asia/Qyzylorda': { ru: 'Кызылорда', en: 'Kyzylorda' },
  'Europe/Kaliningrad': { ru: 'Калининград', en: 'Kaliningrad' },
  'Europe/Moscow': { ru: 'Москва', en: 'Moscow' },
  'Europe/Samara': { ru: 'Самара', en: 'Samara' },
  'Asia/Yekaterinburg': { ru: 'Екатеринбург', en: 'Yekaterinburg' },
  'Asia/Omsk': { ru: 'Омск', en: 'Omsk' },
  'Asia/Novosibirsk': { ru: 'Новосибирск', en: 'Novosibirsk' },
  'Asia/Krasnoyarsk': { ru: 'Красноярск', en: 'Krasnoyarsk' },
  'Asia/Irkutsk': { ru: 'Иркутск', en: 'Irkutsk' },
  'Asia/Yakutsk': { ru: 'Якутск', en: 'Yakutsk' },
  'Asia/Vladivostok': { ru: 'Владивосток', en: 'Vladivostok' },
  'Asia/Magadan': { ru: 'Магадан', en: 'Magadan' },
  'Asia/Kamchatka': { ru: 'Петропавловск-Камчатский', en: 'Petropavlovsk-Kamchatsky' },
};

const MOSCOW_MINUTES = 180;

/** Minutes east of UTC of the zone at the instant (0 for an unknown zone). */
export const zoneOffsetMinutes = (timeZone: string, instantMs: number): number => {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    }).formatToParts(new Date(instantMs));
  } catch {
    return 0;
  }
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((wall - Math.floor(instantMs / 60_000) * 60_000) / 60_000);
};

const signedHours = (minutes: number): string => {
  if (minutes === 0) return '';
  const abs = Math.abs(minutes);
  const mm = abs % 60 ? `:${String(abs % 60).padStart(2, '0')}` : '';
  return `${minutes < 0 ? '−' : '+'}${Math.floor(abs / 60)}${mm}`;
};

/** «МСК», «МСК+2», «UTC+5», «UTC+5:30» (ru) or «MSK», «MSK+2», «UTC+5» (en) at the instant. */
export const zoneLabel = (timeZone: string, instant: string | number, lang: 'ru' | 'en' = 'ru'): string => {
  const ms = typeof instant === 'number' ? instant : Date.parse(instant);
  const offset = zoneOffsetMinutes(timeZone, Number.isNaN(ms) ? Date.now() : ms);
  if (RUSSIAN_ZONES.has(timeZone))
    return `${lang === 'ru' ? 'МСК' : 'MSK'}${signedHours(offset - MOSCOW_MINUTES)}`;
  return offset === 0 ? 'UTC' : `UTC${signedHours(offset)}`;
};

/** «Москва (МСК)», «Бишкек (UTC+6)» (at `instant`, now by default); an unlisted zone by its offset only. */
export const zoneDisplay = (
  timeZone: string,
  lang: 'ru' | 'en' = 'ru',
  instant: string | number = Date.now(),
): string => {
  const city = CITY[timeZone]?.[lang];
  const label = zoneLabel(timeZone, instant, lang);
  return city ? `${city} (${label})` : label;
};
