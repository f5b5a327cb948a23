// Runs renderPdf off the main thread in a worker_threads Worker; cancel terminates the worker.
import { Worker } from 'node:worker_threads';
import { AppFailure, ERROR_CODES, type ErrorCode } from '../../core/ipc/result';
import type { RenderProgress, RenderRequest } from '../pdf/renderPdf';
import type { TabPages } from '../pdf/tabPages';

export type { RenderProgress, RenderRequest, TabPages };

/** What a runner hands back; `tabPages` (node/pdf/tabPages.ts) is absent only from runners that do not lay out. */
export interface RunnerResult {
  bytes: Uint8Array;
  pages: number;
  tabPages?: TabPages[];
}

/** Renders a PDF somewhere (a worker in the app) and reports progress; rejects AppFailure('cancelled') on abort. */
export interface ExportRunner {
  render(
    input: RenderRequest,
    options: { onProgress: (progress: RenderProgress) => void; signal: AbortSignal },
  ): Promise<RunnerResult>;
}

/** Messages the worker posts back (see pdfExportWorker.ts). */
export type WorkerMessage =
  | { type: 'progress'; progress: RenderProgress }
  | { type: 'done'; bytes: Uint8Array; pages: number; tabPages: TabPages[] }
  | { type: 'error'; code: string; message: string };

const cancelled = (): AppFailure => new AppFailure('cancelled', 'The export was cancelled.');

/** Rebuilds the error a worker reported: an AppFailure code survives, anything else becomes 'internal'. */
export function failureFromWorker(code: string, message: string): AppFailure {
  return (ERROR_CODES as readonly string[]).includes(code)
    ? new AppFailure(code as ErrorCode, message)
    : new AppFailure('internal', `The PDF export failed: ${message}`);
}

/** What the worker receives: the request, and where the fonts are (the packaged app knows; a worker may not). */
export interface WorkerInput {
  request: RenderRequest;
  fontsDir?: string;
}

/**
 * Old-generation budget of the export worker (MB), passed as `resourceLimits.maxOldGenerationSizeMb`.
 * Why: V8 sizes its next garbage-collection threshold as live heap x a growing factor, and that
 * factor's ceiling depends on the heap's maximum: 4x live when the maximum is 2 GB or more (the
 * default here, and 1 GB or more under Electron's compressed pointers), between 1.3x and 2x below.
 * A 500-page export holds ~130 MB live at the end of layout; with the default the heap grew to ~240
 * MB of mostly garbage before a full collection, with this budget the worker's peak RSS is ~50 MB
 * lower for a little more GC time (BENCHMARKS.md). A 500-page book uses about a sixth of it.
 */
export const EXPORT_HEAP_BUDGET_MB = 1000;

/** Node's error code when a worker reaches its `resourceLimits`. */
const OUT_OF_MEMORY = 'ERR_WORKER_OUT_OF_MEMORY';

/**
 * A runner that starts one Worker per export from the bundled worker script
 * (dist/electron/pdfExportWorker.cjs), under `heapBudgetMb`. A book too big for the budget is not
 * refused: its export starts once more without the budget, so nothing that exported before fails.
 */
export function createWorkerExportRunner(
  workerPath: string,
  options: { fontsDir?: string; heapBudgetMb?: number } = {},
): ExportRunner {
  const budget = options.heapBudgetMb ?? EXPORT_HEAP_BUDGET_MB;
  const attempt = (
    input: RenderRequest,
    { onProgress, signal }: { onProgress: (p: RenderProgress) => void; signal: AbortSignal },
    limited: boolean,
  ): Promise<RunnerResult> =>
    new Promise((resolve, reject) => {
      if (signal.aborted) return reject(cancelled());
      const workerData: WorkerInput = { request: input, fontsDir: options.fontsDir };
      const worker = new Worker(workerPath, {
        workerData,
        ...(limited ? { resourceLimits: { maxOldGenerationSizeMb: budget } } : {}),
      });
      let settled = false;
      const finish = (fn: () => void): void => {
        if (settled) return;
        settled = true;
        signal.removeEventListener('abort', onAbort);
        fn();
      };
      const onAbort = (): void => {
        finish(() => reject(cancelled()));
        void worker.terminate();
      };
      signal.addEventListener('abort', onAbort, { once: true });
      worker.on('message', (message: WorkerMessage) => {
        if (message.type === 'progress') {
          if (!settled) onProgress(message.progress);
        } else if (message.type === 'done') {
          finish(() =>
            resolve({
              bytes: new Uint8Array(message.bytes),
              pages: message.pages,
              tabPages: message.tabPages,
            }),
          );
        } else {
          finish(() => reject(failureFromWorker(message.code, message.message)));
        }
      });
      worker.on('error', (error: Error & { code?: string }) =>
        finish(() => {
          if (limited && error.code === OUT_OF_MEMORY) {
            attempt(input, { onProgress, signal }, false).then(resolve, reject);
          } else {
            reject(new AppFailure('internal', `The PDF export failed: ${error.message}`));
          }
        }),
      );
      worker.on('exit', (code) =>
        finish(() =>
          reject(
            new AppFailure('internal', `The PDF export stopped unexpectedly (exit code ${code}).`),
          ),
        ),
      );
    });
  return { render: (input, options) => attempt(input, options, true) };
}

/** A runner on the calling thread, for tests that pass it explicitly as `exportRunner`. */
export function createInProcessExportRunner(options: { fontsDir?: string } = {}): ExportRunner {
  return {
    render: async (input, { onProgress, signal }) => {
      if (signal.aborted) throw cancelled();
      // Loaded on first use so the Electron main bundle does not load pdfmake at start-up.
      const { renderPdf } = await import('../pdf/renderPdf');
      const result = await renderPdf(input, { onProgress, signal, fontsDir: options.fontsDir });
      if (signal.aborted) throw cancelled();
      return result;
    },
  };
}
