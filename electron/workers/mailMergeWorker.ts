import { writeFile } from 'node:fs/promises';
import { PDFDocument } from 'pdf-lib';
import type {
  MailMergeCommand,
  MailMergeEvent,
  MailMergeTask,
} from '../../shared/breaches/mailMergeMessages';
import { mailMergePage, subjectLetter } from '../../shared/documents/breachLetters';
import { Database } from '../db/database';
import { onMainMessage, sendToMain } from './workerPort';
import { mergeSubjects } from '../services/mailMerge/mergeSubjects';
import { toScopeSubject } from '../services/breaches/scope';

/**
 * The mail-merge worker process: reads the persons (a breach scope or a transfer-notice batch), builds the letters chunk by chunk,
 * has the main process print each chunk (Chromium lives there), and joins the PDFs with pdf-lib —
 * so neither building nor joining 10,000 pages runs in the main process.
 */
const send = (message: MailMergeEvent) => sendToMain(message);
const onMessage = onMainMessage;

let cancelled = false;
const waiting = new Map<number, { resolve: (bytes: Uint8Array) => void; reject: (error: Error) => void }>();

const print = (seq: number, html: string): Promise<Uint8Array> =>
  new Promise((resolve, reject) => {
    waiting.set(seq, { resolve, reject });
    send({ type: 'print', seq, html });
  });

const run = async (task: MailMergeTask) => {
  const db = await Database.open(task.databaseFile);
  try {
    const merged = await PDFDocument.create();
    let built = 0;
    const printChunk = async (offset: number, seq: number): Promise<Uint8Array | null> => {
      const rows = await mergeSubjects(db, task.source, offset, task.chunk);
      if (rows.length === 0 || cancelled) return null;
      built += rows.length;
      const html = mailMergePage(
        rows.map((r) => subjectLetter(task.common, toScopeSubject(r))),
        task.fonts,
      );
      return print(seq, html);
    };
    // Two chunks in flight: Chromium prints one while the other is built or joined.
    for (let offset = 0, seq = 0; offset < task.total; offset += 2 * task.chunk, seq += 2) {
      if (cancelled) return;
      const parts = await Promise.all([printChunk(offset, seq), printChunk(offset + task.chunk, seq + 1)]);
      for (const part of parts) {
        if (part === null) continue;
        const doc = await PDFDocument.load(part);
        for (const page of await merged.copyPages(doc, doc.getPageIndices())) merged.addPage(page);
      }
      send({ type: 'progress', letters: built });
    }
    if (cancelled) return;
    const bytes = await merged.save();
    await writeFile(task.outputFile, bytes);
    send({ type: 'done', letters: built, bytes: bytes.byteLength });
  } finally {
    await db.close();
  }
};

onMessage((raw) => {
  const message = raw as MailMergeCommand;
  if (message.type === 'task') {
    run(message.task).catch((error: unknown) =>
      send({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
  } else if (message.type === 'pdf') {
    const w = waiting.get(message.seq);
    waiting.delete(message.seq);
    w?.resolve(message.bytes instanceof Uint8Array ? message.bytes : new Uint8Array(message.bytes));
  } else if (message.type === 'printFailed') {
    const w = waiting.get(message.seq);
    waiting.delete(message.seq);
    w?.reject(new Error(message.message));
  } else if (message.type === 'cancel') {
    cancelled = true;
    for (const w of waiting.values()) w.reject(new Error('cancelled'));
    waiting.clear();
  }
});
