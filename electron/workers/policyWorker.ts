import { parseClauses } from '../../shared/policy/parseClauses';
import { extractFacts } from '../../shared/policy/extract/index';
import { PolicyFileError } from '../policy/policyFileError';
import { policyTextOf } from '../policy/policyText';
import type { PolicyReading, PolicyWorkerReply, PolicyWorkerTask } from '../policy/workerMessages';
import { onMainMessage, sendToMain } from './workerPort';

/**
 * The policy reader process: an untrusted DOCX, PDF, HTML or text file (or pasted text) is decoded,
 * split into clauses and read for facts here, with a capped heap and a deadline set by the main
 * process, so a hostile or broken file can at worst end this process — never the app.
 */
const read = async (task: PolicyWorkerTask): Promise<PolicyReading> => {
  const text =
    task.type === 'file'
      ? await policyTextOf(Buffer.from(task.bytes), task.kind)
      : task.text.replace(/\r\n?/g, '\n');
  const { clauses, warnings } = parseClauses(text);
  const { facts, unrecognised } = extractFacts(clauses, task.jurisdiction);
  return { text, clauses, warnings, facts, unrecognised };
};

onMainMessage((raw) => {
  read(raw as PolicyWorkerTask).then(
    (reading) => sendToMain({ type: 'read', reading } satisfies PolicyWorkerReply),
    (error: unknown) =>
      sendToMain({
        type: 'failed',
        reason: error instanceof PolicyFileError ? error.reason : 'damaged',
      } satisfies PolicyWorkerReply),
  );
});
