// "Export Word (.docx)…" and "Import cleared Word…" in the editor: the clearance round trip's two buttons.
import { useState } from 'react';
import type { Book } from '../../../core/book/schema';
import { api } from '../../api';
import { FilePickButton } from '../../ui/FilePickButton';
import { ReviewDialog, type OpenReview } from './ReviewDialog';

interface Props {
  bookId: string;
  /** Saves pending edits first, so the file is the book as the officer sees it. */
  saveNow: () => Promise<void>;
  /** The book after accepted changes were saved: the editor takes it over. */
  onApplied: (book: Book) => void;
}

/** Reads the file as base64 in the renderer: no path crosses to main. */
async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function WordActions({ bookId, saveNow, onApplied }: Props) {
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [review, setReview] = useState<OpenReview | null>(null);

  const exportWord = async () => {
    setMessage(null);
    await saveNow();
    const result = await api.docx.exportWord({ id: bookId });
    if (!result.ok)
      setMessage({ text: `Word export refused. ${result.error.message}`, error: true });
    else if (result.value) setMessage({ text: `Saved Word file: ${result.value}`, error: false });
  };
  const importWord = async (file: File) => {
    setMessage(null);
    await saveNow();
    const result = await api.docx.review({
      id: bookId,
      fileName: file.name,
      base64: await base64Of(file),
    });
    if (result.ok) setReview(result.value);
    else setMessage({ text: `Import refused. ${result.error.message}`, error: true });
  };

  return (
    <>
      <button type="button" className="btn" onClick={() => void exportWord()}>
        Export Word (.docx)…
      </button>
      <FilePickButton
        accept=".docx"
        inputLabel="Cleared Word file to import"
        testId="docx-import-input"
        onFile={importWord}
      >
        Import cleared Word…
      </FilePickButton>
      {message && (
        <p
          className={message.error ? 'error-message' : 'success-message'}
          role={message.error ? 'alert' : 'status'}
          data-testid="docx-message"
        >
          {message.text}
        </p>
      )}
      {review && (
        <ReviewDialog
          review={review}
          bookId={bookId}
          onClose={() => setReview(null)}
          onApplied={(book, count) => {
            setReview(null);
            setMessage({
              text: `Applied ${count} accepted change(s) from ${review.fileName}.`,
              error: false,
            });
            onApplied(book);
          }}
        />
      )}
    </>
  );
}
