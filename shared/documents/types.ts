import type { Organisation } from '../domain/organisation';
import type { Recipient } from '../domain/recipient';

/** @font-face rules with the embedded fonts (data: URLs), produced by the main process. */
export interface DocumentFonts {
  css: string;
  /** CSS font-family names declared by `css`. */
  serif: string;
  sans: string;
}

export interface RecipientRegisterData {
  organisation: Organisation;
  recipients: Recipient[];
  /** Local date of the extract, YYYY-MM-DD. */
  date: string;
}
