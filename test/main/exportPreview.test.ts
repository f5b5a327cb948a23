// export:preview: the draft export's exact bytes for the in-app preview, with export's checks, and no dialog or file.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../fixtures/pdfPages';
import { makeBook } from '../node/storage/bookFixture';
import { useTestApps } from './servicesHarness';

const start = useTestApps();

describe('export:preview', () => {
  it('returns the PDF a draft export writes: same pages and outline, no dialog, no file', async () => {
    const app = start();
    const book = await app.value('books:create', {
      templateId: 'bilateral-space-dialogue',
      countryCode: 'JP',
      meeting: { date: '2026-09-15', city: 'Tokyo' },
    });
    const before = readdirSync(app.userDataDir, { recursive: true }).length;
    const preview = await app.value('export:preview', { bookId: book.id });
    expect(app.dialogCalls).toEqual([]);
    expect(readdirSync(app.userDataDir, { recursive: true }).length).toBe(before);
    const shown = await readPdf(Buffer.from(preview.pdfBase64, 'base64'));
    expect(shown.pages).toHaveLength(preview.pages);

    app.nextDialogAnswer = 'out.pdf';
    const exported = await app.value('export:pdf', {
      jobId: 'j',
      bookIds: [book.id],
      open: false,
    });
    const written = await readPdf(new Uint8Array(readFileSync(exported!.path)));
    expect(shown.pages.map((p) => p.text)).toEqual(written.pages.map((p) => p.text));
    expect(shown.outline).toEqual(written.outline);
    // Every tab has an outline entry: that is how the preview finds a tab's first page.
    const titles = shown.outline.flatMap((e) => [e.title, ...e.children.map((c) => c.title)]);
    for (const tab of book.tabs) expect(titles).toContain(tab.title);
  });

  it('refuses what an export refuses (unmarked portions), naming the portion', async () => {
    const app = start();
    const book = makeBook();
    const unmarked = { type: 'paragraph', children: [{ type: 'text', text: 'No mark here.' }] };
    book.tabs[0]!.content.root.children.push(unmarked);
    await app.value('books:save', { book });
    const result = await app.call('export:preview', { bookId: 'book-1' });
    expect(!result.ok && result.error.code).toBe('unmarked-portions');
    expect(!result.ok && result.error.message).toMatch(/No mark here/);
  });
});
