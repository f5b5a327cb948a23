// Toast notifications (with an optional action such as Undo), provided app-wide through context.
import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';

export interface ToastInput {
  message: string;
  tone?: 'info' | 'error' | 'success';
  action?: { label: string; onAction: () => void };
  /** Milliseconds before it disappears; errors and actions stay longer. */
  timeoutMs?: number;
}
interface ToastItem extends ToastInput {
  id: number;
}

const ToastContext = createContext<(toast: ToastInput) => void>(() => undefined);

/** Shows a toast: `const toast = useToast(); toast({ message: 'Saved' })`. */
export function useToast(): (toast: ToastInput) => void {
  return useContext(ToastContext);
}

export function ToastProvider({ children }: { children: ReactNode }) {
  const [items, setItems] = useState<ToastItem[]>([]);
  const next = useRef(1);
  const dismiss = useCallback(
    (id: number) => setItems((all) => all.filter((t) => t.id !== id)),
    [],
  );
  const show = useCallback(
    (toast: ToastInput) => {
      const id = next.current++;
      setItems((all) => [...all.slice(-3), { ...toast, id }]);
      const ms = toast.timeoutMs ?? (toast.action || toast.tone === 'error' ? 10_000 : 4_000);
      setTimeout(() => dismiss(id), ms);
    },
    [dismiss],
  );
  const value = useMemo(() => show, [show]);
  return (
    <ToastContext.Provider value={value}>
      {children}
      <div className="toasts" role="region" aria-label="Notifications" aria-live="polite">
        {items.map((t) => (
          <div
            key={t.id}
            className={`toast toast-${t.tone ?? 'info'}`}
            role={t.tone === 'error' ? 'alert' : 'status'}
          >
            <span>{t.message}</span>
            {t.action && (
              <button
                type="button"
                className="btn btn-small btn-inverse"
                onClick={() => {
                  t.action!.onAction();
                  dismiss(t.id);
                }}
              >
                {t.action.label}
              </button>
            )}
            <button
              type="button"
              className="toast-close"
              aria-label="Dismiss notification"
              onClick={() => dismiss(t.id)}
            >
              ×
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}
