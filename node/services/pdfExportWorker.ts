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
    // Copy into a transferable buffer we own, then hand it over without another copy.
    const owned = new Uint8Array(bytes);
    post({ type: 'done', bytes: owned, pages, tabPages }, [owned.buffer]);
  } catch (error) {
    const code = error instanceof AppFailure ? error.code : 'internal';
    post({ type: 'error', code, message: (error as Error).message ?? String(error) });
  }
}

void main();
