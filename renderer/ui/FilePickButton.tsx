// A button that opens the system file picker through a hidden file input, and hands the chosen file on.
import { useRef, type RefObject } from 'react';

interface Props {
  /** The button's text. */
  children: string;
  /** The hidden input's accessible name (what file it asks for). */
  inputLabel: string;
  /** The input's accept list; any file when absent. */
  accept?: string;
  testId: string;
  /** Reads the file in the renderer (no path crosses to main); the input is cleared when it settles. */
  onFile: (file: File) => Promise<void>;
  /** Lets another control (e.g. a menu command) open the same picker. */
  inputRef?: RefObject<HTMLInputElement | null>;
}

/** Hidden input + visible button; clearing the input lets the same file be chosen again. */
export function FilePickButton({ children, inputLabel, accept, testId, onFile, inputRef }: Props) {
  const ownRef = useRef<HTMLInputElement>(null);
  const ref = inputRef ?? ownRef;
  return (
    <>
      <input
        ref={ref}
        type="file"
        accept={accept}
        className="visually-hidden"
        tabIndex={-1}
        aria-label={inputLabel}
        data-testid={testId}
        onChange={(event) => {
          const el = event.currentTarget;
          const file = el.files?.[0];
          if (file) void onFile(file).finally(() => (el.value = ''));
        }}
      />
      <button type="button" className="btn" onClick={() => ref.current?.click()}>
        {children}
      </button>
    </>
  );
}
