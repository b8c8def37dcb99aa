import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { CircleAlert, CircleCheck, Info, X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/ipc/result';
import { errorText } from '../i18n/messages';

type ToastKind = 'success' | 'info' | 'error';

interface ToastItem {
  id: number;
  kind: ToastKind;
  text: string;
}

interface ToastApi {
  notify: (text: string, kind?: ToastKind) => void;
  showError: (error: AppError) => void;
}

const ToastContext = createContext<ToastApi | null>(null);

const LIFETIME_MS: Record<ToastKind, number> = { success: 6000, info: 5000, error: 10000 };

export function ToastProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [items, setItems] = useState<ToastItem[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setItems((list) => list.filter((i) => i.id !== id)), []);

  const notify = useCallback(
    (text: string, kind: ToastKind = 'success') => {
      const id = nextId.current++;
      setItems((list) => [...list.slice(-3), { id, kind, text }]);
      window.setTimeout(() => dismiss(id), LIFETIME_MS[kind]);
    },
    [dismiss],
  );

  const showError = useCallback((error: AppError) => notify(errorText(t, error), 'error'), [notify, t]);
  const value = useMemo(() => ({ notify, showError }), [notify, showError]);

  return (
    <ToastContext.Provider value={value}>
      <div className="app-frame">
        <div className="app-frame-body">{children}</div>
        <div className="toasts" aria-label={t('desktop.notifications')} role="region">
          {items.map((item) => (
            <div key={item.id} className={`toast toast-${item.kind}`}>
              <ToastIcon kind={item.kind} />
              <div className="toast-text" role={item.kind === 'error' ? 'alert' : 'status'}>
                {item.text}
              </div>
              <button
                type="button"
                className="toast-close"
                aria-label={t('common.dismiss')}
                onClick={() => dismiss(item.id)}
              >
                <X size={16} aria-hidden="true" />
              </button>
            </div>
          ))}
        </div>
      </div>
    </ToastContext.Provider>
  );
}

export function useToast(): ToastApi {
  const value = useContext(ToastContext);
  if (!value) throw new Error('useToast outside ToastProvider');
  return value;
}

function ToastIcon({ kind }: { kind: ToastKind }) {
  const Icon = kind === 'error' ? CircleAlert : kind === 'info' ? Info : CircleCheck;
  return <Icon className="toast-icon" size={18} aria-hidden="true" />;
}
