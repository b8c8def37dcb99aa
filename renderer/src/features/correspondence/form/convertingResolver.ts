import type { FieldErrors, FieldValues, Resolver, ResolverOptions, ResolverResult } from 'react-hook-form';

type ErrorTree = Record<string, unknown>;

/** The first message found in a nested error (an array field's errors are per element). */
const firstMessage = (node: unknown): string | undefined => {
  if (!node || typeof node !== 'object') return undefined;
  const record = node as ErrorTree;
  if (typeof record.message === 'string') return record.message;
  for (const value of Object.values(record)) {
    const found = firstMessage(value);
    if (found) return found;
  }
  return undefined;
};

const getPath = (tree: ErrorTree, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>(
      (node, key) => (node && typeof node === 'object' ? (node as ErrorTree)[key] : undefined),
      tree,
    );

const without = (tree: ErrorTree, key: string): ErrorTree =>
  Object.fromEntries(Object.entries(tree).filter(([k]) => k !== key));

/** A copy of the tree without the error at `path` (and without parents it leaves empty). */
const deletePath = (tree: ErrorTree, path: string): ErrorTree => {
  const [head = '', ...rest] = path.split('.');
  if (rest.length === 0) return without(tree, head);
  const child = tree[head];
  if (!child || typeof child !== 'object') return tree;
  const pruned = deletePath(child as ErrorTree, rest.join('.'));
  return Object.keys(pruned).length === 0 ? without(tree, head) : { ...tree, [head]: pruned };
};

/** Sets a nested error (`sender.name`), copying the objects on the way so the base result is untouched. */
const setPath = (tree: ErrorTree, path: string, value: unknown): void => {
  const keys = path.split('.');
  const last = keys.pop() ?? '';
  let node = tree;
  for (const key of keys) {
    const next = node[key];
    node[key] = next && typeof next === 'object' ? { ...(next as ErrorTree) } : {};
    node = node[key] as ErrorTree;
  }
  node[last] = value;
};

/**
 * A form whose fields differ a little from the shared schema (an amount typed as text, order numbers
 * as one line): converts the values, validates with the schema's resolver, and puts errors of
 * renamed schema fields (`amountMinor`) on the form field (`amount`). `extra` adds the conversion's
 * own problems (an amount that is not a number), so every message shows at once.
 */
export const convertingResolver =
  <F extends FieldValues, I extends FieldValues, O>(
    base: Resolver<I, unknown, O>,
    toInput: (values: F) => I,
    renames: Record<string, string>,
    extra: (values: F) => Record<string, string> = () => ({}),
  ): Resolver<F, unknown, O> =>
  async (values, context, options) => {
    const result = await base(toInput(values), context, options as unknown as ResolverOptions<I>);
    let errors: ErrorTree = { ...(result.errors as ErrorTree) };
    for (const [from, to] of Object.entries(renames)) {
      const message = firstMessage(getPath(errors, from));
      if (!message) continue;
      errors = deletePath(errors, from);
      setPath(errors, to, { type: 'validate', message });
    }
    for (const [field, message] of Object.entries(extra(values))) {
      if (!getPath(errors, field)) setPath(errors, field, { type: 'validate', message });
    }
    if (Object.keys(errors).length > 0) {
      return { values: {}, errors: errors as FieldErrors<F> } as ResolverResult<F, O>;
    }
    return result as unknown as ResolverResult<F, O>;
  };

/** Server field errors with schema paths renamed to form fields (`amountMinor` → `amount`). */
export const renameFieldErrors = (
  fieldErrors: Record<string, string[]> | undefined,
  renames: Record<string, string>,
): Record<string, string[]> | undefined => {
  if (!fieldErrors) return undefined;
  const out: Record<string, string[]> = {};
  for (const [path, messages] of Object.entries(fieldErrors)) {
    const head = Object.keys(renames).find((r) => path === r || path.startsWith(`${r}.`));
    out[head ? (renames[head] ?? path) : path] = messages;
  }
  return out;
};
