// "Import book file": a hidden file input whose text goes to books:import; rejections show their reason.
import type { RefObject } from 'react';
import { api } from '../../api';
import { FilePickButton } from '../../ui/FilePickButton';

interface Props {
  onImported: (bookId: string, title: string) => void;
  onError: (message: string) => void;
  /** Lets the menu command open the file picker. */
  inputRef?: RefObject<HTMLInputElement | null>;
}

/** Reads the chosen file in the renderer (no path crosses to main) and asks main to validate it. */
export function ImportButton({ onImported, onError, inputRef }: Props) {
  const handle = async (file: File) => {
    const text = await file.text();
    const result = await api.books.import({ fileName: file.name, text });
    if (result.ok) onImported(result.value.id, result.value.title);
    // Main's message names the file and the problem; keep it whole.
    else onError(`Import refused. ${result.error.message}`);
  };
  return (
    <FilePickButton
      inputLabel="Book file to import"
      testId="import-input"
      onFile={handle}
      inputRef={inputRef}
    >
      Import book file…
    </FilePickButton>
  );
}
