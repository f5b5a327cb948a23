// node/pdf/sharedFonts.ts: documents share a font's parsed tables and word layouts, and print exactly what unshared fonts print.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderPdf } from '../../../node/pdf/renderPdf';
import { documentClass } from '../../../node/pdf/fastContent';
import { installSharedFonts, setFontSharing } from '../../../node/pdf/sharedFonts';
import { fixtureFramework } from '../../fixtures/books/framework';
import { generatedBook } from '../../fixtures/books/generated';
import { testFontsDir } from './testFonts';
import { readPdf } from '../../fixtures/pdfPages';

const book = generatedBook(6, 'shared-fonts');
const exportOnce = async () =>
  (
    await renderPdf(
      { books: [book], framework: fixtureFramework() },
      { fontsDir: testFontsDir(), reuse: false },
    )
  ).bytes;

/** Two pdfmake documents' Roboto, as their pdfkit fonts. */
function twoDocumentsFonts() {
  installSharedFonts();
  const Doc = documentClass() as unknown as new (...args: unknown[]) => {
    provideFont(
      f: string,
      b: boolean,
      i: boolean,
    ): { font: object; subset: object; layoutCache: object; id: string };
  };
  const fonts = { Roboto: { normal: `${testFontsDir()}/Roboto-Regular.ttf` } };
  const make = () =>
    new Doc(fonts, {}, {}, {}, { autoFirstPage: false }).provideFont('Roboto', false, false);
  return [make(), make()] as const;
}

// The same creation date in every export, so equal bytes mean equal drawing.
beforeAll(() => vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-04-01T12:00:00Z') }));
afterAll(() => {
  vi.useRealTimers();
  setFontSharing(true);
});

describe('shared fonts', () => {
  it("gives a second document the first one's fontkit font and layout cache, with a subset of its own", () => {
    setFontSharing(true);
    const [a, b] = twoDocumentsFonts();
    expect(b.font).toBe(a.font);
    expect(b.layoutCache).toBe(a.layoutCache);
    expect(b.subset).not.toBe(a.subset);
  });

  it('parses the font again for every document when sharing is off (the control)', () => {
    setFontSharing(false);
    const [a, b] = twoDocumentsFonts();
    expect(b.font).not.toBe(a.font);
    setFontSharing(true);
  });

  it('prints byte for byte what documents with their own fonts print', async () => {
    setFontSharing(false);
    const alone = await exportOnce();
    setFontSharing(true);
    await exportOnce(); // fills the shared fonts and caches
    const sharing = await exportOnce();
    expect(Buffer.from(sharing).equals(Buffer.from(alone))).toBe(true);
    expect((await readPdf(sharing)).pages.length).toBeGreaterThan(3);
  }, 60_000);
});
