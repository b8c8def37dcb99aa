import { isStorableText, msg } from '../../shared/domain/common';

const MAX_DEPTH = 64;
const MAX_ERRORS = 50;

/**
 * Every string of an untrusted payload (object keys included) that cannot round-trip through SQLite,
 * as `{ 'dot.path': ['validation.unstorableText'] }` — the guarantee for every field of every channel,
 * present and future, whatever its schema says. Paths match the schema's, so forms show the message
 * next to the field.
 */
export const unstorableTextErrors = (raw: unknown): Record<string, string[]> | null => {
  const errors: Record<string, string[]> = {};
  let count = 0;
  const seen = new Set<object>();
  const report = (path: readonly string[]) => {
    count += 1;
    (errors[path.join('.') || '_'] ??= []).push(msg.unstorable);
  };
  const visit = (value: unknown, path: readonly string[], depth: number): void => {
    if (count >= MAX_ERRORS) return;
    if (typeof value === 'string') {
      if (!isStorableText(value)) report(path);
      return;
    }
    if (value === null || typeof value !== 'object' || depth > MAX_DEPTH || seen.has(value)) return;
    if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return;
    seen.add(value);
    if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, [...path, String(i)], depth + 1));
      return;
    }
    for (const [key, item] of Object.entries(value)) {
      if (!isStorableText(key)) report([...path, key.replace(/[\uD800-\uDFFF]/g, '\uFFFD')]);
      visit(item, [...path, key], depth + 1);
    }
  };
  visit(raw, [], 0);
  return count === 0 ? null : errors;
};
