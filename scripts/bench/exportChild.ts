// Export bench child, bundled by engine.bench.ts and run by plain node: exports the way the app does, through its worker runner and the built worker bundle.
import { readFileSync } from 'node:fs';
import { deserialize } from 'node:v8';
import { createWorkerExportRunner, type RenderRequest } from '../../node/services/exportRunner';

/** What the child prints (one JSON line); times in ms, RSS in MB. */
export interface ExportChildResult {
  pages: number;
  /** From asking the runner to export until the PDF bytes are back, as the officer waits. */
  wallMs: number;
  /** CPU of the whole child (its main thread and the worker) over that export. */
  cpuMs: number;
  /** Peak RSS of the whole child: main thread holding the request, warm-ups, the export's (warm) worker. */
  peakRssMb: number;
  /** Edit mode: the re-export after one tab changed, in the same child as `wallMs`. */
  editedWallMs?: number;
}

/** argv: worker bundle, fonts folder, then v8-serialized requests: warm-up, measured, [edited]. */
async function main(): Promise<void> {
  const [workerPath, fontsDir, warmPath, mainPath, editedPath] = process.argv.slice(2);
  const read = (file: string): RenderRequest => deserialize(readFileSync(file)) as RenderRequest;
  // The app's runner, with the resource limits the app sets; like the app, it keeps its worker warm
  // between exports (node/services/exportRunner.ts).
  const runner = createWorkerExportRunner(workerPath!, { fontsDir });
  const exportOnce = (request: RenderRequest): Promise<{ pages: number }> =>
    runner.render(request, {
      onProgress: () => undefined,
      signal: new AbortController().signal,
    });
  // Warm-ups: the officer's earlier exports and page counts, which leave the worker loaded and its
  // JIT warm, as the app's first export of a session is not the one an officer waits on most.
  const warm = read(warmPath!);
  for (let i = 0; i < 2; i++) await exportOnce(warm);
  const request = read(mainPath!);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const out = await exportOnce(request);
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  let editedWallMs: number | undefined;
  if (editedPath) {
    const edited = read(editedPath);
    const t1 = performance.now();
    await exportOnce(edited);
    editedWallMs = performance.now() - t1;
  }
  const result: ExportChildResult = {
    pages: out.pages,
    wallMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    // maxRSS is in KiB and is the process's high-water mark: the measured export dominates it.
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    ...(editedWallMs === undefined ? {} : { editedWallMs }),
  };
  console.log(JSON.stringify(result));
  await runner.close();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
