// Autosave bench: a ~100-page book through the real IPC path (zod parse + handler): journal:write and books:save.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BenchLine } from '../bench';

const RUNS = 11;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** Times journal:write (the debounced autosave) and books:save (crash-safe save with backup rotation and fsyncs). */
export async function run(): Promise<BenchLine[]> {
  const { createAppServices } = await import('../../node/services/createAppServices');
  const { createHandlerMap } = await import('../../node/ipc/handlerMap');
  const { invokeChannel } = await import('../../node/ipc/invokeChannel');
  const { generatedBook } = await import('../../test/fixtures/books/generated');
  const dir = mkdtempSync(path.join(tmpdir(), 'bbb-bench-autosave-'));
  try {
    const services = createAppServices({
      userDataDir: dir,
      dialogs: { showSaveDialog: () => Promise.resolve(null) },
      shell: { openPath: () => Promise.resolve() },
    });
    const map = createHandlerMap(services);
    const ctx = { emitProgress: () => undefined, emitNotice: () => undefined };
    const book = generatedBook(100, 'bench-100');
    const time = async (channel: string): Promise<number[]> => {
      const times: number[] = [];
      for (let r = 0; r < RUNS; r++) {
        const request = { book: { ...book, title: `Bench book, edit ${r}` } };
        const t0 = performance.now();
        const result = await invokeChannel(map, channel, request, ctx);
        times.push(performance.now() - t0);
        if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
      }
      return times;
    };
    const journal = await time('journal:write');
    const save = await time('books:save');
    const bytes = statSync(path.join(dir, 'books', 'bench-100', 'book.json')).size;
    const round = (ms: number[]): number => Math.round(median(ms) * 10) / 10;
    return [
      { case: 'autosave-journal', pages: 100, bytes, medianMs: round(journal), runs: RUNS },
      { case: 'save-book', pages: 100, bytes, medianMs: round(save), backups: 3, runs: RUNS },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
