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
 * The mail-merge worker process: reads the persons (a breach scope or a transfer-notice batch),
 * builds the letters chunk by chunk, has the main process print each chunk (Chromium lives there),
 * and joins the PDFs with pdf-lib — so neither building nor joining 10,000 pages runs in the main
 * process.
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
    let seq = 0;
    /**
     * A chunk of letters printed together; a letter is one page, unnumbered (GOST numbers from the
     * second page). When the chunk has more pages than letters, one ran over: the chunk's letters are
     * printed one by one instead, each numbering its own pages from its second.
     */
    const printChunk = async (offset: number): Promise<PDFDocument[]> => {
      const rows = await mergeSubjects(db, task.source, offset, task.chunk);
      if (rows.length === 0 || cancelled) return [];
      built += rows.length;
      const letters = rows.map((r) => subjectLetter(task.common, toScopeSubject(r)));
      const whole = await PDFDocument.load(await print(seq++, mailMergePage(letters, task.fonts)));
      if (whole.getPageCount() === letters.length) return [whole];
      const single: PDFDocument[] = [];
      for (const letter of letters) {
        if (cancelled) return [];
        single.push(await PDFDocument.load(await print(seq++, mailMergePage([letter], task.fonts, true))));
      }
      return single;
    };
    // Two chunks in flight: Chromium prints one while the other is built or joined.
    for (let offset = 0; offset < task.total; offset += 2 * task.chunk) {
      if (cancelled) return;
      const parts = await Promise.all([printChunk(offset), printChunk(offset + task.chunk)]);
      for (const doc of parts.flat()) {
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
