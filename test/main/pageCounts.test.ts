// export:pageCounts: pages per tab of the saved book, equal to the exported PDF's own pages; a newer request cancels the older one.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../fixtures/pdfPages';
import { makeBook } from '../node/storage/bookFixture';
import { useTestApps } from './servicesHarness';

const start = useTestApps();

describe('export:pageCounts', () => {
  it('counts each tab of the saved book as the exported PDF prints it', async () => {
    const app = start();
    // Purpose carries several pages of filler; Schedule one line.
    await app.value('books:save', { book: makeBook({}, 8) });
    const counts = await app.value('export:pageCounts', { bookId: 'book-1' });
    const saved = await app.value('books:get', { id: 'book-1' });
    expect(counts.updatedAt).toBe(saved.updatedAt);

    const exported = await app.value('export:pdf', {
      jobId: 'j',
      bookIds: ['book-1'],
      open: false,
    });
    const pdf = await readPdf(new Uint8Array(readFileSync(exported!.path)));
    expect(counts.pages).toBe(pdf.pages.length);
    // Each tab runs from its outline page to the next entry's (or the end).
    const starts = pdf.outline.map((e) => e.page);
    const fromPdf = pdf.outline.map((e, i) => (starts[i + 1] ?? pdf.pages.length + 1) - e.page);
    const byTitle = new Map(pdf.outline.map((e, i) => [e.title, fromPdf[i]]));
    expect(counts.tabs).toEqual([
      { tabId: 'tab-1', pages: byTitle.get('Purpose') },
      { tabId: 'tab-2', pages: byTitle.get('Schedule') },
    ]);
    expect(counts.tabs[0]!.pages).toBeGreaterThan(1);
    expect(counts.tabs[1]!.pages).toBe(1);
  });

  it('follows the saved book: a longer tab counts more pages after the save', async () => {
    const app = start();
    await app.value('books:save', { book: makeBook({}, 1) });
    const before = await app.value('export:pageCounts', { bookId: 'book-1' });
    await app.value('books:save', { book: makeBook({}, 10) });
    const after = await app.value('export:pageCounts', { bookId: 'book-1' });
    expect(after.tabs[0]!.pages).toBeGreaterThan(before.tabs[0]!.pages);
  });

  it('cancels an older request for the same book when a newer one arrives', async () => {
    const app = start();
    await app.value('books:save', { book: makeBook({}, 2) });
    const older = app.call('export:pageCounts', { bookId: 'book-1' });
    const newer = app.call('export:pageCounts', { bookId: 'book-1' });
    const [first, second] = await Promise.all([older, newer]);
    expect(!first.ok && first.error.code).toBe('cancelled');
    expect(second.ok && second.value.tabs.map((t) => t.tabId)).toEqual(['tab-1', 'tab-2']);
  });

  it('refuses an unknown book by name', async () => {
    const app = start();
    const result = await app.call('export:pageCounts', { bookId: 'no-such-book' });
    expect(!result.ok && result.error.code).toBe('not-found');
  });
});
