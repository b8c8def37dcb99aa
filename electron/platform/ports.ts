import type { PrintSettings } from '../../shared/documents/print';
import type { Settings } from '../../shared/domain/settings';

/**
 * What the services need from the desktop shell. Electron implements these in main.ts; tests and the
 * end-to-end harness supply their own, so everything below the thin Electron wiring runs for real.
 */
export interface SettingsStore {
  read(): Settings;
  write(patch: Partial<Settings>): Settings;
}

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface Dialogs {
  /** Returns the chosen path, or null when the user cancelled. */
  openFile(options: { title: string; filters: FileFilter[] }): Promise<string | null>;
  saveFile(options: { title: string; defaultName: string; filters: FileFilter[] }): Promise<string | null>;
}

/** A4, margins and the footer with page numbers: see shared/documents/print.ts. */
export interface Printer {
  toPdf(html: string, settings: PrintSettings): Promise<Uint8Array>;
  /** Opens the system print dialog for the document. */
  print(html: string, settings: PrintSettings): Promise<void>;
}

export interface Shell {
  /** Opens a file in its default viewer (only documents and images are ever passed). */
  openPath(path: string): Promise<void>;
  /** Shows a file selected in the system file manager, without opening it. */
  showItemInFolder(path: string): Promise<void>;
}

export interface Clock {
  now(): Date;
}

/** Desktop notifications (the «due or overdue» reminder at start and daily). */
export interface Notifier {
  notify(notification: { title: string; body: string }): void;
}

export const systemClock: Clock = { now: () => new Date() };
