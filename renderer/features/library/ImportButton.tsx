// "Import book file": a hidden file input whose text goes to books:import; rejections show their reason.
import { useRef, type Ref } from 'react';
import { api } from '../../api';

interface Props {
  onImported: (bookId: string, title: string) => void;
  onError: (message: string) => void;
  /** Lets the menu command open the file picker. */
  inputRef?: Ref<HTMLInputElement>;
}

/** Reads the chosen file in the renderer (no path crosses to main) and asks main to validate it. */
export function ImportButton({ onImported, onError, inputRef }: Props) {
  const ownRef = useRef<HTMLInputElement>(null);
  const ref = inputRef ?? ownRef;
  const handle = async (file: File) => {
    const text = await file.text();
    const result = await api.books.import({ fileName: file.name, text });
    if (result.ok) onImported(result.value.id, result.value.title);
    // Main's message names the file and the problem; keep it whole.
    else onError(`Import refused. ${result.error.message}`);
  };
  return (
    <>
      <input
        ref={ref}
        type="file"
        className="visually-hidden"
        tabIndex={-1}
        aria-label="Book file to import"
        data-testid="import-input"
        onChange={(event) => {
          const input = event.currentTarget;
          const file = input.files?.[0];
          if (file) void handle(file).finally(() => (input.value = ''));
        }}
      />
      <button
        type="button"
        className="btn"
        onClick={() => (typeof ref === 'object' && ref?.current ? ref.current.click() : undefined)}
      >
        Import book file…
      </button>
    </>
  );
}
