/**
 * Registration numbers of organisations: RU INN (10 digits for legal entities, 12 for individual
 * entrepreneurs, both with check digits), KZ BIN/IIN (12 digits, mod-11 check digit) and KG INN
 * (14 digits, no public check-digit algorithm). Other countries are free text.
 */
export type RegistrationNumberProblem = 'digitsOnly' | 'length' | 'checksum';

const digits = (value: string): number[] => value.split('').map(Number);

const weightedMod11 = (ds: number[], weights: number[]): number =>
  (weights.reduce((sum, w, i) => sum + w * (ds[i] ?? 0), 0) % 11) % 10;

export const checkRuInn = (value: string): RegistrationNumberProblem | null => {
  if (!/^\d+$/.test(value)) return 'digitsOnly';
  const d = digits(value);
  if (d.length === 10) {
    return weightedMod11(d, [2, 4, 10, 3, 5, 9, 4, 6, 8]) === d[9] ? null : 'checksum';
  }
  if (d.length === 12) {
    const c11 = weightedMod11(d, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]);
    const c12 = weightedMod11(d, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]);
    return c11 === d[10] && c12 === d[11] ? null : 'checksum';
  }
  return 'length';
};

export const checkKzBin = (value: string): RegistrationNumberProblem | null => {
  if (!/^\d+$/.test(value)) return 'digitsOnly';
  if (value.length !== 12) return 'length';
  const d = digits(value);
  const sum = (weights: number[]) => weights.reduce((s, w, i) => s + w * (d[i] ?? 0), 0) % 11;
  let check = sum([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  if (check === 10) {
    check = sum([3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]);
    if (check === 10) return 'checksum';
  }
  return check === d[11] ? null : 'checksum';
};

export const checkKgInn = (value: string): RegistrationNumberProblem | null => {
  if (!/^\d+$/.test(value)) return 'digitsOnly';
  return value.length === 14 ? null : 'length';
};

/** Returns the i18n key of the problem, or null when the number is acceptable for the country. */
export const registrationNumberError = (country: string, value: string): string | null => {
  const v = value.trim();
  if (v === '') return null;
  const check =
    country === 'RU' ? checkRuInn : country === 'KZ' ? checkKzBin : country === 'KG' ? checkKgInn : null;
  const problem = check ? check(v) : null;
  return problem ? `validation.regNumber.${country}.${problem}` : null;
};
