import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../components/ConfirmDialog';

interface UnsavedChangesApi {
  /** Marks (or clears) one form's unsaved changes. */
  mark: (formId: string, dirty: boolean) => void;
  /**
   * Runs `action` at once when no form has unsaved changes; otherwise asks first and runs it only
   * when the officer chooses to leave without saving.
   */
  guard: (action: () => void) => void;
}

const UnsavedChangesContext = createContext<UnsavedChangesApi | null>(null);

/**
 * Knows which forms hold unsaved changes: navigation and the organisation switch go through
 * `guard`, and closing the window is stopped by `beforeunload` (Electron then asks in the main
 * process, see electron/platform/unsavedChangesPrompt.ts).
 */
export function UnsavedChangesProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const dirtyForms = useRef(new Set<string>());
  const [pending, setPending] = useState<(() => void) | null>(null);

  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (dirtyForms.current.size === 0) return;
      event.preventDefault();
      // Chromium and Electron still look at returnValue.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);

  const mark = useCallback((formId: string, dirty: boolean) => {
    if (dirty) dirtyForms.current.add(formId);
    else dirtyForms.current.delete(formId);
  }, []);

  const guard = useCallback((action: () => void) => {
    if (dirtyForms.current.size === 0) action();
    else setPending(() => action);
  }, []);

  const value = useMemo(() => ({ mark, guard }), [mark, guard]);
  const leave = () => {
    const action = pending;
    dirtyForms.current.clear();
    setPending(null);
    action?.();
  };

  return (
    <UnsavedChangesContext.Provider value={value}>
      {children}
      {pending && (
        <ConfirmDialog
          title={t('desktop.unsaved.title')}
          confirmLabel={t('desktop.unsaved.leave')}
          danger
          onClose={() => setPending(null)}
          onConfirm={leave}
        >
          <p>{t('desktop.unsaved.text')}</p>
        </ConfirmDialog>
      )}
    </UnsavedChangesContext.Provider>
  );
}

export function useUnsavedChangesGuard(): UnsavedChangesApi['guard'] {
  const value = useContext(UnsavedChangesContext);
  return value?.guard ?? ((action) => action());
}

/**
 * Registers a react-hook-form form: its changes count as unsaved while it is dirty and not being
 * submitted (a successful save navigates away from inside the submit, without asking).
 */
export function useUnsavedChanges<T extends FieldValues, C, O extends FieldValues>(
  form: UseFormReturn<T, C, O>,
): void {
  const value = useContext(UnsavedChangesContext);
  const formId = useId();
  const { isDirty, isSubmitting } = form.formState;
  const dirty = isDirty && !isSubmitting;
  const mark = value?.mark;
  useEffect(() => {
    mark?.(formId, dirty);
  }, [mark, formId, dirty]);
  useEffect(() => () => mark?.(formId, false), [mark, formId]);
}
