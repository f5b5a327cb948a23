// Worker thread entry (bundled to dist/electron/pdfExportWorker.cjs): renders one PDF and posts progress and bytes.
import { parentPort, workerData } from 'node:worker_threads';
import { AppFailure } from '../../core/ipc/result';
import { renderPdf } from '../pdf/renderPdf';
import type { WorkerInput, WorkerMessage } from './exportRunner';

const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []): void =>
  parentPort?.postMessage(message, transfer);

async function main(): Promise<void> {
  try {
    const { request, fontsDir } = workerData as WorkerInput;
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

void main();
