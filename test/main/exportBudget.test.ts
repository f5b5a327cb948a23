// The export worker's heap budget: the app's runner starts the worker under it, and a book too big for it exports again without it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  createWorkerExportRunner,
  EXPORT_HEAP_BUDGET_MB,
  type RenderProgress,
} from '../../node/services/exportRunner';
import { makeBook } from '../node/storage/bookFixture';

const dir = mkdtempSync(join(tmpdir(), 'bbb-export-budget-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * A stand-in worker (the real one needs the built bundle; test/main/exportPdf.test.ts runs that):
 * reports one progress step, then answers with the old-generation limit it runs under as its
 * "PDF". Under a limit of 64 MB or less it first fills its heap, so V8 stops it out of memory.
 */
const worker = join(dir, 'limits.cjs');
writeFileSync(
  worker,
  `const { parentPort, resourceLimits } = require('node:worker_threads');
parentPort.on('message', () => {
  parentPort.postMessage({ type: 'progress', progress: { phase: 'layout', fraction: 0 } });
  const limit = resourceLimits.maxOldGenerationSizeMb;
  if (limit <= 64) { const keep = []; for (;;) keep.push(new Array(1e5).fill({ limit })); }
  parentPort.postMessage({ type: 'done', bytes: new TextEncoder().encode(String(limit)), pages: 1, tabPages: [] });
});
`,
);

async function renderWith(
  heapBudgetMb?: number,
): Promise<{ limit: number; progress: RenderProgress[] }> {
  const runner = createWorkerExportRunner(worker, heapBudgetMb ? { heapBudgetMb } : {});
  const progress: RenderProgress[] = [];
  try {
    const out = await runner.render(
      { books: [makeBook()], framework: {} as never },
      { onProgress: (p) => progress.push(p), signal: new AbortController().signal },
    );
    return { limit: Number(new TextDecoder().decode(out.bytes)), progress };
  } finally {
    await runner.close();
  }
}

describe('export worker heap budget', () => {
  it('starts the worker with maxOldGenerationSizeMb set to the budget, below V8 growth thresholds', async () => {
    const { limit, progress } = await renderWith();
    expect(limit).toBe(EXPORT_HEAP_BUDGET_MB);
    // Under 1 GB: the range where V8 grows the heap by at most 2x live, with or without compressed pointers.
    expect(EXPORT_HEAP_BUDGET_MB).toBeLessThan(1024);
    expect(progress).toHaveLength(1);
  });

  it('exports a book that outgrows the budget again without it, instead of failing', async () => {
    const { limit, progress } = await renderWith(32);
    // The second run had V8's default limit (far above 64 MB), and each run reported its start.
    expect(limit).toBeGreaterThan(64);
    expect(progress).toHaveLength(2);
  });
});
