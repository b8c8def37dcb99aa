import { decodeSample, detectEncoding } from '../imports/textEncoding';
import { PolicyFileError } from './policyFileError';

/** A .txt or .md file: BOM, else strict UTF-8, else KZ-1048 when Kazakh letters show, else Windows-1251. */
export const plainTextOf = (bytes: Buffer): string => {
  // A NUL byte in the first kilobytes means a binary file renamed to .txt (UTF-16 has a BOM).
  const head = bytes.subarray(0, 8192);
  const choice = detectEncoding(head.length === bytes.length ? bytes : bytes, true);
  if (choice.encoding !== 'utf16le' && head.includes(0)) throw new PolicyFileError('notText');
  return decodeSample(bytes.subarray(choice.bomLength), choice.encoding, true);
};
