import type { TFunction } from 'i18next';
import { formatDateRu, formatInstantRu } from '../../../shared/format/date';
import { countryName } from '../../../shared/i18n/countries';

export type Lang = 'ru' | 'en';

export const asLang = (language: string): Lang => (language.startsWith('en') ? 'en' : 'ru');

const DASH = '—';

/** A legal date (YYYY-MM-DD) as DD.MM.YYYY; empty -> dash. */
export const showDate = (iso: string | null | undefined): string => (iso ? formatDateRu(iso) : DASH);

/** A UTC instant as local DD.MM.YYYY HH:MM; empty -> dash. */
export const showInstant = (iso: string | null | undefined): string => (iso ? formatInstantRu(iso) : DASH);

export const showText = (value: string | null | undefined): string =>
  value && value.trim() !== '' ? value : DASH;

export const showCountry = (code: string, lang: Lang): string => (code ? countryName(code, lang) : DASH);

export const showNumber = (n: number, lang: Lang): string =>
  new Intl.NumberFormat(lang === 'ru' ? 'ru-RU' : 'en-GB').format(n);

export const showBytes = (size: number, t: TFunction, lang: Lang): string => {
  const units = [t('units.bytes'), t('units.kb'), t('units.mb'), t('units.gb')];
  let value = size;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  const formatted = new Intl.NumberFormat(lang === 'ru' ? 'ru-RU' : 'en-GB', {
    maximumFractionDigits: digits,
  }).format(value);
  return `${formatted} ${units[unit] ?? ''}`;
};
