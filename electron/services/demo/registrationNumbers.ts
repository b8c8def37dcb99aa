/** Builds syntactically valid registration numbers for fictional demo companies. */
const mod11 = (digits: number[], weights: number[]) =>
  weights.reduce((s, w, i) => s + w * (digits[i] ?? 0), 0) % 11;

export const kzBin = (first11: string): string => {
  const d = first11.split('').map(Number);
  let check = mod11(d, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  if (check === 10) check = mod11(d, [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]);
  if (check === 10) throw new Error(`no valid BIN for ${first11}`);
  return `${first11}${check}`;
};

export const ruInn10 = (first9: string): string => {
  const d = first9.split('').map(Number);
  return `${first9}${mod11(d, [2, 4, 10, 3, 5, 9, 4, 6, 8]) % 10}`;
};
