// State of a numbered-copies or addendum export from the app: recipients typed, running, result or error.
import { useState } from 'react';
import { api } from '../../api';
import { parseRecipients } from '../../../core/book/distribution';
import { distributionChanged } from './distributionEvents';

export type CopiesResult = { folder: string; files: string[]; addendum: number; changes: number };

export type CopiesStatus =
  | { phase: 'idle' }
  | { phase: 'running' }
  | { phase: 'done'; result: CopiesResult }
  | { phase: 'cancelled' }
  | { phase: 'failed'; message: string };

export interface CopiesExport {
  on: boolean;
  setOn: (on: boolean) => void;
  recipientsText: string;
  setRecipientsText: (text: string) => void;
  status: CopiesStatus;
  /** Starts the export; a bad recipient list fails here, before main is asked. */
  start: (bookId: string, options: { addendum: boolean; final: boolean }) => Promise<void>;
}

export function useCopiesExport(): CopiesExport {
  const [on, setOn] = useState(false);
  const [recipientsText, setRecipientsText] = useState('');
  const [status, setStatus] = useState<CopiesStatus>({ phase: 'idle' });
  const start: CopiesExport['start'] = async (bookId, { addendum, final }) => {
    let recipients: string[] | undefined;
    if (!addendum) {
      try {
        recipients = parseRecipients(recipientsText);
      } catch (error) {
        return setStatus({ phase: 'failed', message: `Recipients: ${(error as Error).message}` });
      }
      if (recipients.length === 0)
        return setStatus({ phase: 'failed', message: 'Recipients: name one recipient per copy.' });
    }
    setStatus({ phase: 'running' });
    const result = await api.copies.export({
      bookId,
      addendum,
      final,
      ...(recipients ? { recipients } : {}),
    });
    if (!result.ok) return setStatus({ phase: 'failed', message: result.error.message });
    if (result.value === null) return setStatus({ phase: 'cancelled' });
    setStatus({ phase: 'done', result: result.value });
    distributionChanged(bookId);
  };
  const editRecipients = (text: string) => {
    setRecipientsText(text);
    // An old complaint about the list no longer applies once it is edited.
    if (status.phase === 'failed') setStatus({ phase: 'idle' });
  };
  return { on, setOn, recipientsText, setRecipientsText: editRecipients, status, start };
}
