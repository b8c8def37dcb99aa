import type {
  DpcFactor,
  DpcDataType,
  EaseOfIdentification,
  SeverityAssessment,
  SeverityBand,
  SeverityResult,
} from '../domain/breachSeverity';

/** ENISA 2013 DPC base by type of data. */
export const DPC_BASE: Record<DpcDataType, number> = {
  simple: 1,
  behavioural: 2,
  financial: 3,
  sensitive: 4,
};

/** Contextual factors of the DPC with their Russian label (ENISA 2013 Annex A.2). */
export const DPC_FACTOR_RU: Record<DpcFactor, string> = {
  volume: 'объём данных о человеке',
  controllerCharacteristics: 'особенности деятельности оператора',
  individualsCharacteristics: 'особенности субъектов',
  invalidity: 'данные недействительны или неточны',
  publicAvailability: 'данные были общедоступны',
  natureOfData: 'данные раскрывают меньше своей категории',
};

export const EI_VALUES: Record<EaseOfIdentification, number> = {
  negligible: 0.25,
  limited: 0.5,
  significant: 0.75,
  maximum: 1,
};

export const CB_CONFIDENTIALITY = { none: 0, knownRecipients: 0.25, unknownOrPublic: 0.5 } as const;
export const CB_INTEGRITY = { none: 0, recoverable: 0.25, notRecoverable: 0.5 } as const;
export const CB_AVAILABILITY = { none: 0, temporary: 0.25, permanent: 0.5 } as const;
export const CB_MALICIOUS = 0.5;

export const BAND_RU: Record<SeverityBand, string> = {
  low: 'низкая',
  medium: 'средняя',
  high: 'высокая',
  veryHigh: 'очень высокая',
};
export const BAND_EN: Record<SeverityBand, string> = {
  low: 'low',
  medium: 'medium',
  high: 'high',
  veryHigh: 'very high',
};

const DATA_TYPE_RU: Record<DpcDataType, string> = {
  simple: 'простые данные',
  behavioural: 'поведенческие данные',
  financial: 'финансовые данные',
  sensitive: 'чувствительные данные',
};

/** Rounds away binary noise (all ENISA values are multiples of 0.25). */
const round2 = (n: number): number => Math.round(n * 100) / 100;

/** low < 2; 2 ≤ medium < 3; 3 ≤ high < 4; very high ≥ 4. */
export const bandOf = (score: number): SeverityBand => {
  if (score < 2) return 'low';
  if (score < 3) return 'medium';
  if (score < 4) return 'high';
  return 'veryHigh';
};

/** 2.75 → «2,75» (ru) / «2.75» (en); integers without decimals. */
export const formatNumber = (n: number, locale: 'ru' | 'en'): string => {
  const text = String(round2(n));
  return locale === 'ru' ? text.replace('.', ',') : text;
};

const signed = (n: number): string => (n >= 0 ? `+${n}` : `−${-n}`);

/** SE = DPC × EI + CB, with the arithmetic as text; pure. */
export const scoreSeverity = (a: SeverityAssessment): SeverityResult => {
  const dpcBase = DPC_BASE[a.dataType];
  const dpcRaw = a.factors.reduce((sum, c) => sum + c.points, dpcBase);
  const dpc = Math.min(4, Math.max(1, dpcRaw));
  const ei = EI_VALUES[a.ease];
  const parts = [
    CB_CONFIDENTIALITY[a.confidentiality],
    CB_INTEGRITY[a.integrity],
    CB_AVAILABILITY[a.availability],
    a.malicious ? CB_MALICIOUS : 0,
  ];
  const cb = round2(parts.reduce((s, v) => s + v, 0));
  const score = round2(dpc * ei + cb);
  const band = bandOf(score);
  const f = (n: number, l: 'ru' | 'en') => formatNumber(n, l);
  const adjText = a.factors.map((c) => `, ${signed(c.points)} ${DPC_FACTOR_RU[c.factor]}`);
  const capped = dpcRaw !== dpc ? ` (${dpcRaw}, ограничено диапазоном 1–4)` : '';
  return {
    dpcBase,
    dpcRaw,
    dpc,
    ei,
    cb,
    score,
    band,
    arithmeticRu: `SE = ${f(dpc, 'ru')} × ${f(ei, 'ru')} + ${f(cb, 'ru')} = ${f(score, 'ru')} → ${BAND_RU[band]}`,
    arithmeticEn: `SE = ${f(dpc, 'en')} × ${f(ei, 'en')} + ${f(cb, 'en')} = ${f(score, 'en')} → ${BAND_EN[band]}`,
    explanationRu: [
      `DPC: ${DATA_TYPE_RU[a.dataType]} ${dpcBase}${adjText.join('')} = ${dpc}${capped}`,
      `EI: ${f(ei, 'ru')}`,
      `CB: конфиденциальность ${f(parts[0] ?? 0, 'ru')} + целостность ${f(parts[1] ?? 0, 'ru')} + ` +
        `доступность ${f(parts[2] ?? 0, 'ru')} + злой умысел ${f(parts[3] ?? 0, 'ru')} = ${f(cb, 'ru')}`,
    ],
  };
};
