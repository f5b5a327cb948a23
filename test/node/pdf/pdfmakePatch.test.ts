// Guards patches/pdfmake+0.3.11.patch: fails if a pdfmake upgrade or a skipped postinstall drops the linear line breaking.
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BookSchema } from '../../../core/book/schema';
import { renderPdf } from '../../../node/pdf/renderPdf';
import { bilateralBook, clearedAsIs } from '../../fixtures/books/bilateral';
import { fixtureFramework } from '../../fixtures/books/framework';
import { doc, p } from '../../fixtures/books/nodes';
import { pdfPages } from '../../fixtures/pdfPages';
import { testFontsDir } from './testFonts';

type TextNode = { _inlines?: unknown[] };
type Proto = { buildNextLine(node: TextNode): unknown };
type LineProto = { hasEnoughSpaceForInline(inline: unknown, next?: unknown[]): boolean };

const req = createRequire(import.meta.url);
const builder = (req('pdfmake/js/LayoutBuilder') as { default: { prototype: Proto } }).default;
const line = (req('pdfmake/js/Line') as { default: { prototype: LineProto } }).default;
const WORDS = 20_000; // more than V8's ~16k-element limit for an O(1) shift()

let maxLeft = 0;
let maxLookahead = 0;
const original = builder.prototype.buildNextLine;
const originalSpace = line.prototype.hasEnoughSpaceForInline;

beforeAll(() => {
  builder.prototype.buildNextLine = function (this: unknown, node: TextNode) {
    const out = original.call(this, node);
    maxLeft = Math.max(maxLeft, node._inlines?.length ?? 0);
    return out;
  };
  line.prototype.hasEnoughSpaceForInline = function (this: unknown, inline, next = []) {
    maxLookahead = Math.max(maxLookahead, next.length);
    return originalSpace.call(this, inline, next);
  };
});
afterAll(() => {
  builder.prototype.buildNextLine = original;
  line.prototype.hasEnoughSpaceForInline = originalSpace;
});

describe('the pdfmake patch (linear layout of long paragraphs)', () => {
  it('lays out a 20,000-word paragraph from a short window, reading ahead only glued words', async () => {
    const b = bilateralBook({ status: 'cleared' });
    const words = Array.from({ length: WORDS }, (_, i) => `w${i}`);
    b.tabs = [{ ...b.tabs[0]!, content: doc(p('U', words.join(' '))) }];
    const out = await renderPdf(
      { books: [BookSchema.parse(clearedAsIs(b))], framework: fixtureFramework() },
      { fontsDir: testFontsDir() },
    );
    // Unpatched, _inlines holds every word not yet laid out, and each line check copies them all.
    expect(maxLeft).toBeGreaterThan(1000);
    expect(maxLeft).toBeLessThanOrEqual(2 * 8192);
    expect(maxLookahead).toBeLessThan(10);
    const text = (await pdfPages(out.bytes)).join(' ');
    const printed = text.split(/\s+/).filter((w) => /^w\d+$/.test(w));
    expect(printed).toEqual(words);
  });
});
