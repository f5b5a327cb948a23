// renderPdf refusals: unmarked portions (each listed), unknown node types, bad includeTabs, cancellation.
import { describe, expect, it } from 'vitest';
import type { Book } from '../../../core/book/schema';
import { AppFailure } from '../../../core/ipc/result';
import { renderPdf } from '../../../node/pdf/renderPdf';
import { bilateralBook } from '../../fixtures/books/bilateral';
import { fixtureFramework } from '../../fixtures/books/framework';
import { doc, p } from '../../fixtures/books/nodes';
import { readPdf } from '../../fixtures/pdfPages';
import { testFontsDir } from './testFonts';

const render = (
  books: Book[],
  extra: { includeTabs?: Record<string, string[]> } = {},
  signal?: AbortSignal,
  onProgress?: () => void,
) =>
  renderPdf(
    { books, framework: fixtureFramework(), ...extra },
    { fontsDir: testFontsDir(), signal, onProgress },
  );

async function failure(promise: Promise<unknown>): Promise<AppFailure> {
  const e = await promise.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(AppFailure);
  return e as AppFailure;
}

describe('renderPdf refuses', () => {
  it('a book with unmarked portions, listing each by tab and first words', async () => {
    const book = bilateralBook();
    book.tabs[0] = {
      ...book.tabs[0]!,
      content: doc(p('U', 'Marked.'), p(undefined, 'Nobody marked this opening paragraph at all')),
    };
    book.tabs[5] = { ...book.tabs[5]!, content: doc(p(undefined, 'Another unmarked one')) };
    const e = await failure(render([book]));
    expect(e.code).toBe('unmarked-portions');
    expect(e.message).toContain('2 portions have no valid portion mark');
    expect(e.message).toContain(
      'tab "Purpose and Objectives": "Nobody marked this opening paragraph at all"',
    );
    expect(e.message).toContain('tab "Background": "Another unmarked one"');
  });

  it('a classified marking', async () => {
    const book = bilateralBook();
    book.tabs[0] = { ...book.tabs[0]!, content: doc(p('S', 'Not for this app')) };
    const e = await failure(render([book]));
    expect(e.code).toBe('unmarked-portions');
    expect(e.message).toContain('invalid mark "S"');
  });

  it('an unknown node type, loudly, naming the book and tab', async () => {
    const book = bilateralBook();
    book.tabs[1] = {
      ...book.tabs[1]!,
      content: doc({
        type: 'youtube',
        videoID: 'x',
        $: { mark: 'U' },
        children: [{ type: 'text', text: 'clip' }],
      }),
    };
    const e = await failure(render([book]));
    expect(e.code).toBe('validation');
    expect(e.message).toMatch(
      /Book "Bilateral Space Dialogue", tab "Scene-setter": Cannot print node type "youtube"/,
    );
  });

  it('includeTabs naming a tab the book does not have', async () => {
    const e = await failure(
      render([bilateralBook()], { includeTabs: { 'book-bilateral': ['purpose', 'nope'] } }),
    );
    expect(e.code).toBe('validation');
    expect(e.message).toContain('no tab with id "nope"');
  });

  it('work cancelled before it starts, and cancelled while pages are drawn', async () => {
    const before = new AbortController();
    before.abort();
    expect((await failure(render([bilateralBook()], {}, before.signal))).code).toBe('cancelled');
    const during = new AbortController();
    const e = await failure(render([bilateralBook()], {}, during.signal, () => during.abort()));
    expect(e.code).toBe('cancelled');
  });
});

describe('renderPdf includeTabs', () => {
  it('prints only the chosen tabs, in book order, with the banner of those tabs only', async () => {
    const { bytes } = await render([bilateralBook()], {
      includeTabs: { 'book-bilateral': ['background', 'purpose'] },
    });
    const pdf = await readPdf(bytes);
    expect(pdf.pages).toHaveLength(4);
    expect(pdf.outline.map((o) => o.title)).toEqual(['Purpose and Objectives', 'Background']);
    // Both chosen tabs are U only, so the banner is UNCLASSIFIED.
    expect(pdf.pages[1]!.lines[0]!.text).toBe('UNCLASSIFIED');
  });
});
