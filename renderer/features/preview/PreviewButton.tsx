// "Preview" in the editor header: saves pending edits, then opens the preview of the exact draft export.
import { useState } from 'react';
import { PreviewDialog } from './PreviewDialog';

interface Props {
  bookId: string;
  tabs: ReadonlyArray<{ id: string; title: string }>;
  /** Saves pending edits first, so the preview is the book as the officer sees it. */
  saveNow: () => Promise<void>;
}

export function PreviewButton({ bookId, tabs, saveNow }: Props) {
  const [open, setOpen] = useState<ReadonlyArray<{ id: string; title: string }> | null>(null);
  return (
    <>
      <button
        type="button"
        className="btn"
        onClick={() =>
          void saveNow().then(() => setOpen(tabs.map(({ id, title }) => ({ id, title }))))
        }
      >
        Preview
      </button>
      {open && <PreviewDialog bookId={bookId} tabs={open} onClose={() => setOpen(null)} />}
    </>
  );
}
