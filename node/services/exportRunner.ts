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
 * How long a finished worker stays ready for the next export (ms). Why keep it at all: a fresh
 * worker costs 0.5-0.7 s to load pdfmake and the fonts, then runs its first layout with cold JIT
 * (a 500-page export took ~7.5 s cold against ~5.5 s warm here), and the editor's page counts ask
 * for a layout 1.5 s after every save. Why let it go: its heap still holds the last book's garbage.
 */
export const WARM_WORKER_IDLE_MS = 60_000;

/** The worker runner, plus what the app and its tests need to manage the warm worker. */
export interface WorkerExportRunner extends ExportRunner {
  /** Workers started so far (a reused warm worker is not counted again). */
  readonly workersStarted: number;
  /** Stops the warm worker, if any (app quit, tests). */
  close(): Promise<void>;
}

/**
 * A runner that renders in a Worker from the bundled worker script (dist/electron/pdfExportWorker.cjs),
 * under `heapBudgetMb`. One finished worker is kept warm for the next render (WARM_WORKER_IDLE_MS);
 * renders that overlap get workers of their own. A cancelled render's worker is terminated, never
 * reused. A book too big for the budget is not refused: it renders once more in a worker without
 * the budget (used once, then stopped), so nothing that exported before fails.
 */
export function createWorkerExportRunner(
  workerPath: string,
  options: { fontsDir?: string; heapBudgetMb?: number; idleMs?: number } = {},
): WorkerExportRunner {
  const budget = options.heapBudgetMb ?? EXPORT_HEAP_BUDGET_MB;
  const idleMs = options.idleMs ?? WARM_WORKER_IDLE_MS;
  let started = 0;
  let warm: { worker: Worker; timer: ReturnType<typeof setTimeout> } | undefined;

  const startWorker = (limited: boolean): Worker => {
    started += 1;
    const worker = new Worker(workerPath, {
      ...(limited ? { resourceLimits: { maxOldGenerationSizeMb: budget } } : {}),
    });
    // A render's own listeners report its errors; this one keeps an error raised while no render
    // listens (idle, or after a cancel) from becoming an uncaught 'error' event in the main process.
    worker.on('error', () => undefined);
    // A warm worker that dies while idle is forgotten, so the next render never waits on it.
    worker.on('exit', () => {
      if (warm?.worker === worker) detachWarm();
    });
    return worker;
  };
  /** Empties the warm slot (its idle timer stopped) and returns the worker that was in it. */
  const detachWarm = (): Worker | undefined => {
    if (!warm) return undefined;
    const { worker, timer } = warm;
    warm = undefined;
    clearTimeout(timer);
    return worker;
  };
  /** The warm worker if there is one, else a new one; either way it is ours alone until released. */
  const takeWorker = (): Worker => {
    const worker = detachWarm();
    if (!worker) return startWorker(true);
    worker.ref();
    return worker;
  };
  /** A worker that finished cleanly becomes the warm one, unless there already is one. */
  const release = (worker: Worker): void => {
    if (warm) {
      void worker.terminate();
      return;
    }
    worker.unref(); // an idle worker never keeps the process alive
    const timer = setTimeout(() => {
      if (warm?.worker === worker) detachWarm();
      void worker.terminate();
    }, idleMs);
    timer.unref();
    warm = { worker, timer };
  };

  const attempt = (
    input: RenderRequest,
    { onProgress, signal }: { onProgress: (p: RenderProgress) => void; signal: AbortSignal },
    limited: boolean,
  ): Promise<RunnerResult> =>
    new Promise((resolve, reject) => {
      if (signal.aborted) return reject(cancelled());
      const worker = limited ? takeWorker() : startWorker(false);
      let settled = false;
      /** Ends this render: listeners off, then the worker kept (`reuse`) or stopped. */
      const finish = (reuse: boolean, fn: () => void): void => {
        if (settled) return;
        settled = true;
        signal.removeEventListener('abort', onAbort);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        if (reuse && limited) release(worker);
        else void worker.terminate();
        fn();
      };
      const onAbort = (): void => finish(false, () => reject(cancelled()));
      const onMessage = (message: WorkerMessage): void => {
        if (message.type === 'progress') {
          if (!settled) onProgress(message.progress);
        } else if (message.type === 'done') {
          finish(true, () =>
            resolve({
              bytes: new Uint8Array(message.bytes),
              pages: message.pages,
              tabPages: message.tabPages,
            }),
          );
        } else {
          // A render that failed (bad input, lost content) leaves a sound worker behind.
          finish(true, () => reject(failureFromWorker(message.code, message.message)));
        }
      };
      const onError = (error: Error & { code?: string }): void =>
        finish(false, () => {
          if (limited && error.code === OUT_OF_MEMORY) {
            attempt(input, { onProgress, signal }, false).then(resolve, reject);
          } else {
            reject(new AppFailure('internal', `The PDF export failed: ${error.message}`));
          }
        });
      const onExit = (code: number): void =>
        finish(false, () =>
          reject(
            new AppFailure('internal', `The PDF export stopped unexpectedly (exit code ${code}).`),
          ),
        );
      signal.addEventListener('abort', onAbort, { once: true });
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      const job: WorkerInput = { request: input, fontsDir: options.fontsDir };
      worker.postMessage(job);
    });
  return {
    render: (input, renderOptions) => attempt(input, renderOptions, true),
    get workersStarted() {
      return started;
    },
    close: async () => {
      await detachWarm()?.terminate();
    },
  };
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
