// Worker thread entry (bundled to dist/electron/pdfExportWorker.cjs): renders each PDF it is sent, one at a time, and posts progress and bytes.
import { parentPort } from 'node:worker_threads';
import { AppFailure } from '../../core/ipc/result';
import { renderPdf } from '../pdf/renderPdf';
import type { WorkerInput, WorkerMessage } from './exportRunner';

const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []): void =>
  parentPort?.postMessage(message, transfer);

/** One render; the runner sends the next job only after this one's 'done' or 'error'. */
async function render({ request, fontsDir }: WorkerInput): Promise<void> {
  try {
    const { bytes, pages, tabPages } = await renderPdf(request, {
      fontsDir,
      onProgress: (progress) => post({ type: 'progress', progress }),
    });
    // Handed over without a copy when the array owns its whole buffer (renderPdf's does): a copy
    // would add the file's size again at the export's memory peak.
    const owned =
      bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
        ? bytes
        : new Uint8Array(bytes);
    post({ type: 'done', bytes: owned, pages, tabPages }, [owned.buffer as ArrayBuffer]);
  } catch (error) {
    const code = error instanceof AppFailure ? error.code : 'internal';
    post({ type: 'error', code, message: (error as Error).message ?? String(error) });
  }
}

// The worker stays up between jobs (the runner keeps one warm): pdfmake, fonts and JIT stay loaded.
parentPort?.on('message', (job: WorkerInput) => void render(job));
