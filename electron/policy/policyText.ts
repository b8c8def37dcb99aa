import { wellFormed } from '../../shared/domain/common';
import type { PolicySourceKind } from '../../shared/domain/policy';
import { docxTextOf } from './docxText';
import { htmlToPolicyText } from './htmlText';
import { pdfTextOf } from './pdfText';
import { PolicyFileError } from './policyFileError';
import { plainTextOf } from './plainText';

/** Largest policy file read (a policy is tens of kilobytes; a PDF with pictures a few megabytes). */
export const POLICY_FILE_MAX_BYTES = 20 * 1024 * 1024;

const EXTENSIONS: Record<string, Exclude<PolicySourceKind, 'pasted'>> = {
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  docx: 'docx',
  htm: 'html',
  html: 'html',
  pdf: 'pdf',
};

export const policyKindOf = (fileName: string): Exclude<PolicySourceKind, 'pasted'> => {
  const kind = EXTENSIONS[fileName.toLowerCase().split('.').pop() ?? ''];
  if (!kind) throw new PolicyFileError('unsupported');
  return kind;
};

const startsWith = (bytes: Uint8Array, magic: string) =>
  [...magic].every((ch, i) => bytes[i] === ch.charCodeAt(0));

/** The text of a policy file of the given kind; the bytes must be what the name says they are. */
export const policyTextOf = async (
  bytes: Buffer,
  kind: Exclude<PolicySourceKind, 'pasted'>,
): Promise<string> => {
  if (bytes.length === 0) throw new PolicyFileError('empty');
  if (bytes.length > POLICY_FILE_MAX_BYTES) throw new PolicyFileError('tooLarge');
  let text: string;
  if (kind === 'docx') {
    if (!startsWith(bytes, 'PK')) throw new PolicyFileError('damaged');
    text = await docxTextOf(bytes);
  } else if (kind === 'pdf') {
    if (
      !startsWith(bytes.subarray(bytes.indexOf('%PDF') < 0 ? 0 : bytes.indexOf('%PDF')), '%PDF') ||
      bytes.indexOf('%PDF') > 1024
    ) {
      throw new PolicyFileError('damaged');
    }
    text = await pdfTextOf(bytes);
  } else if (kind === 'html') {
    text = htmlToPolicyText(plainTextOf(bytes));
  } else {
    text = plainTextOf(bytes);
  }
  const stored = storableFileText(text);
  if (stored.trim() === '') throw new PolicyFileError('noText');
  return stored;
};

/**
 * The text as it can be kept as evidence (shared/domain/common.ts `isStorableText`): a page break
 * becomes a line break, other control characters a space, a lone surrogate U+FFFD.
 */
export const storableFileText = (text: string): string =>
  wellFormed(
    text
      .replace(/\r\n?/g, '\n')
      .replace(/\f/g, '\n')
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/g, ' '),
  );
