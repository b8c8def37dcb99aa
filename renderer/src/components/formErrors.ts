import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';

/**
 * Puts the main process's field errors (dot paths -> i18n keys) onto the form. A path below a known
 * field (`instruction.localisation`, `dataCategories.0`) lands on that field. Returns the messages
 * that belong to no visible field, for a form-level alert.
 */
export function applyFieldErrors<V extends FieldValues>(
  fieldErrors: Record<string, string[]> | undefined,
  knownFields: readonly string[],
  setError: UseFormSetError<V>,
): string[] {
  const unmapped: string[] = [];
  let focus = true;
  for (const [path, messages] of Object.entries(fieldErrors ?? {})) {
    const message = messages[0] ?? 'validation.invalid';
    const target = knownFields.includes(path) ? path : knownFields.find((k) => path.startsWith(`${k}.`));
    if (target === undefined) {
      unmapped.push(message);
      continue;
    }
    setError(target as Path<V>, { type: 'server', message }, { shouldFocus: focus });
    focus = false;
  }
  return unmapped;
}

/** Ctrl+Enter (Cmd+Enter) submits from anywhere in the form, including text areas. */
export const submitOnCtrlEnter = (event: React.KeyboardEvent<HTMLFormElement>): void => {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    event.currentTarget.requestSubmit();
  }
};
