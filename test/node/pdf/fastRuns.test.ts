// node/pdf/fastRuns.ts draws runs of words with one text call: the pages look the same to the pixel, read the same, keep their tags.
import * as rendererModule from 'pdfmake/js/Renderer';
import { beforeAll, describe, expect, it } from 'vitest';
import { BookSchema, type Book } from '../../../core/book/schema';
import { installFastRuns, mergedInlines } from '../../../node/pdf/fastRuns';
import { renderPdf } from '../../../node/pdf/renderPdf';
import { fixtureFramework } from '../../fixtures/books/framework';
import { generatedBook } from '../../fixtures/books/generated';
import { doc, h, li, link, list, p, t, table } from '../../fixtures/books/nodes';
import { readPdf } from '../../fixtures/pdfPages';
import { pdfjsTagging, qpdfTagging } from './structureTree';
import { pageImages } from './pageImages';
import { testFontsDir } from './testFonts';

type RenderLine = (this: unknown, ...args: unknown[]) => unknown;
type Cls = { prototype: Record<string | symbol, unknown> };
const d = (rendererModule as unknown as { default: Cls | { default: Cls } }).default;
const proto = ('prototype' in d ? d : d.default).prototype;
// A switch between pdfmake's renderLine and the run-joining one, put in before the tagging wraps it.
const taggedBefore = proto[Symbol.for('briefing-book-builder.structureTagging')];
const pdfmakeRenderLine = proto.renderLine as RenderLine;
installFastRuns();
const fastRenderLine = proto.renderLine as RenderLine;
let joinRuns = true;
proto.renderLine = function (this: unknown, ...args: unknown[]) {
  return (joinRuns ? fastRenderLine : pdfmakeRenderLine).apply(this, args);
};

function book(): Book {
  const base = generatedBook(8, 'runs-book');
  const formats = doc(
    h(2, 'U', 'Formats'),
    p(
      'U',
      'Plain words before ',
      t('bold words', 'bold'),
      ' then ',
      t('italic words', 'italic'),
      ' and a H',
      t('2', 'subscript'),
      'O molecule, ',
      t('underlined words here', 'underline'),
      ', ',
      link('https://example.org/a', 'a link of words'),
      ', well-known hyphen-joined working-level words to end.',
    ),
    list('number', 'U', [li(undefined, 'One item ', t('bold', 'bold')), li(undefined, 'Two')]),
    table('U', ['Left', 'Right'], [['A cell of several words', 'Another cell of words']]),
  );
  return BookSchema.parse({
    ...base,
    tabs: [
      ...base.tabs,
      { id: 'fmt', kind: 'background', title: 'Formats', defaultMark: 'U', content: formats },
    ],
  });
}

async function exportPdf(join: boolean, input: Book): Promise<Uint8Array> {
  joinRuns = join;
  try {
    return (
      await renderPdf(
        { books: [input], framework: fixtureFramework() },
        // reuse off: each export must lay out and draw with the engine under test
        { fontsDir: testFontsDir(), reuse: false },
      )
    ).bytes;
  } finally {
    joinRuns = true;
  }
}

let separate: Uint8Array;
let joined: Uint8Array;
beforeAll(async () => {
  const input = book();
  separate = await exportPdf(false, input);
  joined = await exportPdf(true, input);
});

describe('fastRuns: one text call per run of same-styled words', () => {
  it('is installed inside the tagging (tagging sees pdfmake lines)', () => {
    expect(taggedBefore).toBeUndefined();
    expect(fastRenderLine).not.toBe(pdfmakeRenderLine);
  });

  it('draws fewer text objects: the file is smaller', () => {
    expect(joined.length).toBeLessThan(separate.length * 0.95);
  });

  it('draws every page to the same pixels as word-by-word drawing', () => {
    const a = pageImages(separate, 72);
    const b = pageImages(joined, 72);
    expect(b.length).toBe(a.length);
    expect(a.length).toBeGreaterThan(5);
    b.forEach((png, i) => expect(png.equals(a[i]!), `page ${i + 1}`).toBe(true));
  });

  it('reads back the same text, outline and links', async () => {
    const a = await readPdf(separate);
    const b = await readPdf(joined);
    expect(b.pages.map((pg) => pg.text)).toEqual(a.pages.map((pg) => pg.text));
    expect(b.outline).toEqual(a.outline);
    expect(b.pages.at(-1)!.text).toContain('hyphen-joined working-level words');
  });

  it('keeps the structure tree and the tagged / artifact split of every page', async () => {
    expect(qpdfTagging(joined)).toEqual(qpdfTagging(separate));
    const a = await pdfjsTagging(separate);
    const b = await pdfjsTagging(joined);
    expect(b.map((pg) => pg.roles)).toEqual(a.map((pg) => pg.roles));
    const words = (xs: string[]) => xs.join(' ').split(/\s+/).filter(Boolean);
    b.forEach((pg, i) => {
      expect(words(pg.taggedText), `page ${i + 1}`).toEqual(words(a[i]!.taggedText));
      expect(words(pg.artifactText), `page ${i + 1}`).toEqual(words(a[i]!.artifactText));
      expect(pg.unmarkedText).toEqual([]);
    });
  });
});

describe('mergedInlines', () => {
  const font = {};
  const word = (text: string, x: number, extra: Record<string, unknown> = {}) => ({
    text,
    x,
    width: text.length,
    font,
    fontSize: 10,
    color: 'black',
    opacity: 1,
    ...extra,
  });

  it('joins words that follow each other after a space, and nothing else', () => {
    const merged = mergedInlines([word('The ', 0), word('cat ', 4), word('sat', 8)]);
    expect(merged?.map((w) => [w.text, w.x, w.width])).toEqual([['The cat sat', 0, 11]]);
  });

  it('keeps apart a break without a space, a gap, a style change, a link and a superscript', () => {
    const cases = [
      [word('working-', 0), word('level', 8)],
      [word('gap ', 0), word('here', 5)],
      [word('black ', 0), word('red', 6, { color: 'red' })],
      [word('plain ', 0), word('link', 6, { link: 'https://example.org' })],
      [word('m ', 0), word('2', 2, { sup: true })],
      [word('big ', 0), word('small', 4, { fontSize: 8 })],
    ];
    for (const inlines of cases) expect(mergedInlines(inlines)).toBeNull();
  });
});
