// "Start next round": asks the next meeting date and copies the book (books:duplicate).
import { useState } from 'react';
import type { BookSummary } from '../../../core/ipc/contract';
import { api } from '../../api';
import { CancelConfirm } from '../../ui/CancelConfirm';
import { Modal } from '../../ui/Modal';
import { ErrorMessage } from '../../ui/ErrorMessage';

interface Props {
  book: BookSummary;
  onDone: (newBookId: string) => void;
  onCancel: () => void;
}

export function NextRoundDialog({ book, onDone, onCancel }: Props) {
  const [date, setDate] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    if (!date) {
      setError('Enter the date of the next meeting.');
      return;
    }
    setBusy(true);
    const result = await api.books.duplicate({ id: book.id, meetingDate: date });
    setBusy(false);
    if (result.ok) onDone(result.value.id);
    else setError(result.error.message);
  };
  return (
    <Modal
      title="Start next round"
      onClose={onCancel}
      footer={
        <CancelConfirm
          confirmLabel="Create next round"
          disabled={busy}
          onConfirm={() => void submit()}
          onCancel={onCancel}
        />
      }
    >
      <p>
        Copies <strong>{book.title}</strong> for the next meeting with {book.countryName}. The copy
        starts as a DRAFT with a fresh clearance block.
      </p>
      <label className="field">
        <span className="field-label">Next meeting date</span>
        <input type="date" value={date} required onChange={(e) => setDate(e.target.value)} />
      </label>
      <ErrorMessage message={error} />
    </Modal>
  );
}
