// "Saved" / "Saving…" / "Unsaved changes" / "Save failed" next to the book title, announced politely.
import type { SaveStatus } from './useBookDocument';

const LABELS: Record<SaveStatus, string> = {
  saved: 'Saved',
  saving: 'Saving…',
  unsaved: 'Unsaved changes',
  error: 'Save failed',
};

export function SaveIndicator({ status, error }: { status: SaveStatus; error: string | null }) {
  return (
    <span
      className={`save-indicator save-${status}`}
      role="status"
      aria-live="polite"
      data-testid="save-status"
      title={error ?? undefined}
    >
      <span className="save-dot" aria-hidden="true" />
      {LABELS[status]}
      {status === 'error' && error ? `: ${error}` : ''}
    </span>
  );
}
