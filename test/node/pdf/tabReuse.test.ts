// node/pdf/tabReuse.ts: a re-export that replays unchanged tabs prints the same PDF as a fresh export, page for page.
import { execFileSync } from 'node:child_process';
import { beforeEach, describe, expect, it } from 'vitest';
import { BookSchema, type Book } from '../../../core/book/schema';
import type { SerializedNode } from '../../../core/book/lexical';
import { renderPdf, type RenderRequest } from '../../../node/pdf/renderPdf';
import { clearTabReuse, tabReuseSize } from '../../../node/pdf/tabReuse';
import { fixtureFramework } from '../../fixtures/books/framework';
import { generatedBook } from '../../fixtures/books/generated';
import { doc, h, li, link, list, p, t, table } from '../../fixtures/books/nodes';
import { readPdf } from '../../fixtures/pdfPages';
import { pdfjsTagging, qpdfTagging, withFile } from './structureTree';
import { pageImages } from './pageImages';
import { testFontsDir } from './testFonts';

/** A generated book (lists, tables, framework quotes), a tab with every text format, and one with a link. */
function book(): Book {
  const base = generatedBook(14, 'reuse-book');
  const formats = doc(
    h(2, 'U', 'Formats'),
    p(
      'U',
      'Plain ',
      t('bold', 'bold'),
      ' and ',
      t('italic', 'italic'),
      ' and H',
      t('2', 'subscript'),
      'O.',
    ),
    list('number', 'U', [
      li(undefined, 'One ', t('underlined', 'underline')),
      li(undefined, 'Two'),
    ]),
    table('U', ['Left', 'Right'], [['A cell', 'Another cell']]),
  );
  const linked = doc(
    p('U', 'See ', link('https://example.org/a', 'the agreement text'), ' for details.'),
  );
  return BookSchema.parse({
    ...base,
    tabs: [
      ...base.tabs,
      { id: 'fmt', kind: 'background', title: 'Formats', defaultMark: 'U', content: formats },
      { id: 'lnk', kind: 'background', title: 'Linked', defaultMark: 'U', content: linked },
    ],
  });
}

/** The book with `blocks` added at the end of tab `index`. */
function withBlocks(input: Book, index: number, ...blocks: SerializedNode[]): Book {
  return BookSchema.parse({
    ...input,
    tabs: input.tabs.map((tab, i) =>
      i === index
        ? {
            ...tab,
            content: {
              root: { ...tab.content.root, children: [...tab.content.root.children, ...blocks] },
            },
          }
        : tab,
    ),
  });
}

const request = (input: Book, extra: Partial<RenderRequest> = {}): RenderRequest => ({
  books: [input],
  framework: fixtureFramework(),
  ...extra,
});
const render = (req: RenderRequest, reuse = true) =>
  renderPdf(req, { fontsDir: testFontsDir(), reuse });

/** Asserts that `reused` prints what `fresh` prints: pixels, text, outline, structure, a clean file. */
async function expectSamePdf(reused: Uint8Array, fresh: Uint8Array): Promise<void> {
  const a = pageImages(fresh, 50, true);
  const b = pageImages(reused, 50, true);
  expect(b.length).toBe(a.length);
  b.forEach((page, i) => expect(page.equals(a[i]!), `page ${i + 1} pixels`).toBe(true));
  const ra = await readPdf(fresh);
  const rb = await readPdf(reused);
  expect(rb.pages.map((pg) => pg.text)).toEqual(ra.pages.map((pg) => pg.text));
  expect(rb.outline).toEqual(ra.outline);
  expect(qpdfTagging(reused)).toEqual(qpdfTagging(fresh));
  const ta = await pdfjsTagging(fresh);
  const tb = await pdfjsTagging(reused);
  expect(tb.map((pg) => pg.roles)).toEqual(ta.map((pg) => pg.roles));
  tb.forEach((pg, i) => {
    expect(pg.taggedText, `page ${i + 1} tagged text`).toEqual(ta[i]!.taggedText);
    expect(pg.artifactText, `page ${i + 1} artifacts`).toEqual(ta[i]!.artifactText);
    expect(pg.unmarkedText).toEqual([]);
  });
  // qpdf exits 0 (or 3 with warnings only) for a sound file; 2 means errors.
  withFile(reused, (file) => execFileSync('qpdf', ['--check', file], { encoding: 'utf8' }));
}

beforeEach(() => clearTabReuse());

describe('tab reuse: a re-export replays unchanged tabs', () => {
  it('after a one-tab edit with new glyphs and a new font, prints what a fresh export prints', async () => {
    const original = book();
    const first = await render(request(original));
    expect(first.reusedTabs).toBe(0);
    expect(tabReuseSize().entries).toBe(original.tabs.length - 1); // all but the linked tab
    // New glyphs (Greek) and a font not used before (bold italic) in the second tab: the glyph
    // ids and font names of every later, reused tab shift in the new document.
    const edited = withBlocks(
      original,
      1,
      p('U', t('Ωμέγα first', 'bold', 'italic'), ' then ∑ and ß.'),
    );
    const again = await render(request(edited));
    expect(again.reusedTabs).toBe(original.tabs.length - 2);
    // Written as drawn (the document is seeded with the first one's fonts and glyphs), most page
    // streams kept compressed, and the reused bodies not even converted.
    expect(again.reusedPages.unchanged).toBe(again.reusedPages.pages);
    expect(again.reusedPages.keptStreams).toBeGreaterThan(again.reusedPages.pages / 2);
    expect(again.reusedPages.bodiesLeftOut).toBe(original.tabs.length - 2);
    const fresh = await render(request(edited), false);
    await expectSamePdf(again.bytes, fresh.bytes);
    expect((await readPdf(again.bytes)).pages.some((pg) => pg.text.includes('Ωμέγα first'))).toBe(
      true,
    );
  }, 60_000);

  it('when an earlier tab grows by pages, later tabs move and print their new page numbers', async () => {
    const original = book();
    const before = await render(request(original));
    const filler = Array.from({ length: 90 }, (_, i) =>
      p(
        'U',
        `Added paragraph ${i + 1} of the first tab, long enough to wrap onto a second line of the page body.`,
      ),
    );
    const grown = withBlocks(original, 0, ...filler);
    const again = await render(request(grown));
    expect(again.reusedTabs).toBe(original.tabs.length - 2);
    const fresh = await render(request(grown), false);
    expect(fresh.pages).toBeGreaterThan(before.pages + 2);
    await expectSamePdf(again.bytes, fresh.bytes);
  }, 60_000);

  it('re-exports after the only text in a font is deleted (the last document had that font)', async () => {
    const original = withBlocks(book(), 0, p('U', 'Korean: 한국어 문장과 회의.'));
    await render(request(original));
    // The first tab loses its Korean paragraph: this book no longer has the Korean font, so the
    // fonts opened after it in the last document are numbered differently here.
    const removed = BookSchema.parse({
      ...original,
      tabs: [book().tabs[0]!, ...original.tabs.slice(1)],
    });
    const again = await render(request(removed));
    expect(again.reusedTabs).toBe(original.tabs.length - 2);
    const fresh = await render(request(removed), false);
    await expectSamePdf(again.bytes, fresh.bytes);
  }, 60_000);

  it('never reuses across what changes a tab: a non-paper after the full book matches a fresh non-paper', async () => {
    const original = book();
    await render(request(original));
    const nonPaper = request(original, { audience: 'nonpaper' });
    const again = await render(nonPaper);
    const fresh = await render(nonPaper, false);
    await expectSamePdf(again.bytes, fresh.bytes);
  }, 60_000);

  it('reuses nothing with reuse off, and never the tab with a link', async () => {
    const original = book();
    await render(request(original), false);
    expect(tabReuseSize().entries).toBe(0);
    await render(request(original));
    const again = await render(request(original));
    expect(again.reusedTabs).toBe(original.tabs.length - 1);
    const fresh = await render(request(original), false);
    await expectSamePdf(again.bytes, fresh.bytes);
  }, 60_000);
});
