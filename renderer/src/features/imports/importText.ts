import type { TFunction } from 'i18next';
import { PresetId } from '../../../../shared/imports/presets';
import type { AppError } from '../../../../shared/ipc/result';
import { i18next } from '../../i18n';
import type { Lang } from '../../i18n/format';
import { errorText, fieldMessage, translateKey } from '../../i18n/messages';

/**
 * `import.*` reasons of the main process live under `ledger.reasons.*` in the UI resources (built from
 * shared/i18n/importReasons.ts). A reason may carry a detail after a colon: `import.duplicateHeader:Телефон`.
 */
const splitReason = (key: string): { key: string; detail: string } => {
  if (!key.startsWith('import.')) return { key, detail: '' };
  const colon = key.indexOf(':');
  const name = colon < 0 ? key : key.slice(0, colon);
  return {
    key: `ledger.reasons.${name.slice('import.'.length)}`,
    detail: colon < 0 ? '' : key.slice(colon + 1),
  };
};

/** The i18n key for a message key of the main process (field error or error message). */
export const messageKey = (key: string): string => splitReason(key).key;

/** The sentence for a field error or reason key, with its detail (a header name) quoted. */
export const messageText = (t: TFunction, key: string): string => {
  const { key: resolved, detail } = splitReason(key);
  const text = fieldMessage(t, resolved, resolved);
  return detail ? `${text}: «${detail}»` : text;
};

/** The sentence for a failed call; `import.*` reasons (an unreadable file…) are translated too. */
export const ledgerErrorText = (t: TFunction, error: AppError): string =>
  error.message.startsWith('import.') ? messageText(t, error.message) : errorText(t, error);

/** Why a worker job failed: its reason, a known message key, or the plain message. */
export const jobErrorText = (
  t: TFunction,
  error: { message: string; reason?: string | undefined },
): string => {
  if (error.reason) return messageText(t, error.reason);
  if (i18next.exists(error.message)) return translateKey(t, error.message);
  return `${t('errors.internal')}: ${error.message}`;
};

export const presetName = (t: TFunction, id: string): string => {
  const parsed = PresetId.safeParse(id);
  return parsed.success ? t(`ledger.presets.${parsed.data}`) : id;
};

/** 75 s -> «1 мин 15 с»; 4000 s -> «1 ч 7 мин». */
export const showDuration = (t: TFunction, totalSeconds: number): string => {
  const seconds = Math.max(0, Math.round(totalSeconds));
  if (seconds < 60) return t('ledger.units.seconds', { s: String(seconds) });
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60)
    return t('ledger.units.minutes', { m: String(minutes), s: String(seconds % 60).padStart(2, '0') });
  return t('ledger.units.hours', { h: String(Math.floor(minutes / 60)), m: String(minutes % 60) });
};

/** Milliseconds with one decimal under a minute: «4,2 с». */
export const showElapsed = (t: TFunction, ms: number, lang: Lang): string =>
  ms < 60_000
    ? t('ledger.units.secondsExact', {
        s: new Intl.NumberFormat(lang === 'ru' ? 'ru-RU' : 'en-GB', { maximumFractionDigits: 1 }).format(
          ms / 1000,
        ),
      })
    : showDuration(t, ms / 1000);

export const showPercent = (value: number, lang: Lang): string =>
  `${new Intl.NumberFormat(lang === 'ru' ? 'ru-RU' : 'en-GB', { maximumFractionDigits: 1 }).format(value)} %`;

/** A local date-time of an order (`YYYY-MM-DDTHH:mm:ss` or `YYYY-MM-DD`) as DD.MM.YYYY[ HH:MM]. */
export const showOrderDate = (value: string | null): string => {
  if (!value) return '—';
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(value);
  if (!m) return value;
  const date = `${m[3]}.${m[2]}.${m[1]}`;
  return m[4] && m[5] && `${m[4]}:${m[5]}` !== '00:00' ? `${date} ${m[4]}:${m[5]}` : date;
};
