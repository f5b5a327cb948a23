// "Identify a copy…": pick a PDF; main tells which book, copy and recipient it is (sha256 in a log, or its copy stamp). Offline.
import { useState } from 'react';
import { api } from '../../api';
import { IDENTIFY_MAX_BYTES, type CopyIdentification } from '../../../core/ipc/contract';
import { FilePickButton } from '../../ui/FilePickButton';
import { Modal } from '../../ui/Modal';

type Outcome =
  | { kind: 'found'; fileName: string; found: CopyIdentification }
  | { kind: 'none'; fileName: string }
  | { kind: 'error'; fileName: string; message: string };

/** The file's bytes as base64 (the file is read here; no path crosses to main). */
function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('cannot read the file'));
    reader.readAsDataURL(file);
  });
}

export function IdentifyCopy() {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const handle = async (file: File) => {
    if (file.size > IDENTIFY_MAX_BYTES)
      return setOutcome({ kind: 'error', fileName: file.name, message: 'larger than 100 MB' });
    const result = await api.copies.identify({
      fileName: file.name,
      base64: await readBase64(file),
    });
    if (!result.ok)
      setOutcome({ kind: 'error', fileName: file.name, message: result.error.message });
    else if (result.value === null) setOutcome({ kind: 'none', fileName: file.name });
    else setOutcome({ kind: 'found', fileName: file.name, found: result.value });
  };
  return (
    <>
      <FilePickButton
        accept="application/pdf,.pdf"
        inputLabel="PDF copy to identify"
        testId="identify-input"
        onFile={handle}
      >
        Identify a copy…
      </FilePickButton>
      {outcome && (
        <Modal title="Identify a copy" onClose={() => setOutcome(null)}>
          <p className="muted">
            <code>{outcome.fileName}</code>
          </p>
          {outcome.kind === 'found' && (
            <div role="status" data-testid="identify-result">
              <p>
                <strong>{outcome.found.label}</strong> of{' '}
                <strong>
                  {outcome.found.bookTitle ??
                    `a book not in this library (${outcome.found.bookId})`}
                </strong>
                , for <strong>{outcome.found.recipient}</strong>
                {outcome.found.at ? `, distributed ${outcome.found.at.slice(0, 10)}` : ''}.
              </p>
              <p className="muted">
                {outcome.found.via === 'sha256'
                  ? 'Matched by its sha256: this is the very file that was distributed.'
                  : 'Identified from its copy stamp: the file differs from the one distributed (re-saved or altered).'}
              </p>
            </div>
          )}
          {outcome.kind === 'none' && (
            <p role="status" data-testid="identify-result">
              Not a known copy: its sha256 is in no book&apos;s distribution log, and it carries no
              copy stamp.
            </p>
          )}
          {outcome.kind === 'error' && (
            <p className="error-message" role="alert" data-testid="identify-result">
              Could not identify it: {outcome.message}
            </p>
          )}
        </Modal>
      )}
    </>
  );
}
