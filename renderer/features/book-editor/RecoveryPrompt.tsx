// Offered when a book has a recovery journal (unsaved changes from a crash): recover or discard.
import type { JournalEntry } from '../../../core/ipc/contract';
import { formatTimestamp } from '../../ui/format';

interface Props {
  entry: JournalEntry;
  savedAt: string;
  onRecover: () => void;
  onDiscard: () => void;
}

export function RecoveryPrompt({ entry, savedAt, onRecover, onDiscard }: Props) {
  return (
    <div
      className="recovery"
      role="alertdialog"
      aria-labelledby="recovery-title"
      aria-describedby="recovery-text"
    >
      <div>
        <h2 id="recovery-title">Unsaved changes found</h2>
        <p id="recovery-text">
          This book was not saved before the app closed. Changes from{' '}
          {formatTimestamp(entry.journaledAt)} are newer than the last save (
          {formatTimestamp(savedAt)}).
        </p>
      </div>
      <div className="recovery-actions">
        <button type="button" className="btn" onClick={onDiscard}>
          Discard
        </button>
        <button type="button" className="btn btn-primary" onClick={onRecover}>
          Recover unsaved changes
        </button>
      </div>
    </div>
  );
}
