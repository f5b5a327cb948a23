// Library bench: list summaries with 200 books on disk (cold: index built from the book files; warm: index reused).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BenchLine } from '../bench';

const BOOKS = 200;
const RUNS = 15;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** Saves 200 generated 10-page books, then times BookRepository.list() on fresh repository instances. */
export async function run(): Promise<BenchLine[]> {
  const { BookRepository } = await import('../../node/storage/bookRepository');
  const { generatedBook } = await import('../../test/fixtures/books/generated');
  const { TEST_CIPHER } = await import('../../test/node/storage/memoryKeyProvider');
  const dir = mkdtempSync(path.join(tmpdir(), 'bbb-bench-library-'));
  try {
    const writer = new BookRepository({ userDataDir: dir, cipher: TEST_CIPHER });
    const template = generatedBook(10);
    for (let i = 0; i < BOOKS; i++)
      await writer.save({ ...template, id: `bench-${i}`, title: `Bench book ${i}` });
    // Cold: no index (first start after an upgrade, or a lost index): every book file is read and verified.
    rmSync(path.join(dir, 'books', 'index.json'));
    const t0 = performance.now();
    const rows = await new BookRepository({ userDataDir: dir, cipher: TEST_CIPHER }).list();
    const coldMs = performance.now() - t0;
    if (rows.length !== BOOKS) throw new Error(`listed ${rows.length} of ${BOOKS} books`);
    const times: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      const start = performance.now();
      const listed = await new BookRepository({ userDataDir: dir, cipher: TEST_CIPHER }).list();
      times.push(performance.now() - start);
      if (listed.length !== BOOKS) throw new Error('library lost books between runs');
    }
    return [
      {
        case: 'library-open',
        books: BOOKS,
        medianMs: Math.round(median(times) * 10) / 10,
        indexRebuildMs: Math.round(coldMs),
        runs: RUNS,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
