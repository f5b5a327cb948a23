// node/pdf/sharedFonts.ts: documents share a font's parsed tables and layout engine, and print exactly what unshared fonts print.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BookSchema } from '../../../core/book/schema';
import { documentClass } from '../../../node/pdf/fastContent';
import { renderPdf } from '../../../node/pdf/renderPdf';
import { installSharedFonts, setFontSharing } from '../../../node/pdf/sharedFonts';
import { bilateralBook } from '../../fixtures/books/bilateral';
import { fixtureFramework } from '../../fixtures/books/framework';
import { generatedBook } from '../../fixtures/books/generated';
import { readPdf } from '../../fixtures/pdfPages';
import { testFontsDir } from './testFonts';

const book = generatedBook(6, 'shared-fonts');
const exportOnce = async () =>
  (
    await renderPdf(
      { books: [book], framework: fixtureFramework() },
      { fontsDir: testFontsDir(), reuse: false },
    )
  ).bytes;

interface TestFont {
  font: object;
  subset: object;
  layoutCache: object;
}
type TestDoc = { provideFont(f: string, b: boolean, i: boolean): TestFont; end(): void };

/** Two pdfmake documents' Roboto, as their pdfkit fonts; the first document ended or not. */
function twoDocumentsFonts(endFirst: boolean): [TestFont, TestFont] {
  installSharedFonts();
  const Doc = documentClass() as unknown as new (...args: unknown[]) => TestDoc;
  const fonts = { Roboto: { normal: `${testFontsDir()}/Roboto-Regular.ttf` } };
  const first = new Doc(fonts, {}, {}, {}, { autoFirstPage: false });
  const a = first.provideFont('Roboto', false, false);
  if (endFirst) first.end();
  const second = new Doc(fonts, {}, {}, {}, { autoFirstPage: false });
  return [a, second.provideFont('Roboto', false, false)];
}

// The same creation date in every export, so equal bytes mean equal drawing.
beforeAll(() => vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-04-01T12:00:00Z') }));
afterAll(() => {
  vi.useRealTimers();
  setFontSharing(true);
});

describe('shared fonts', () => {
  it("gives a later document the first one's fontkit font, with a subset and layout cache of its own", () => {
    setFontSharing(true);
    const [a, b] = twoDocumentsFonts(true);
    expect(b.font).toBe(a.font);
    expect(b.subset).not.toBe(a.subset);
    expect(b.layoutCache).not.toBe(a.layoutCache);
  });

  it('shares nothing with a document still drawing, or when sharing is off (the control)', () => {
    setFontSharing(true);
    const [a, b] = twoDocumentsFonts(false);
    expect(b.font).not.toBe(a.font);
    setFontSharing(false);
    const [c, d] = twoDocumentsFonts(true);
    expect(d.font).not.toBe(c.font);
    setFontSharing(true);
  });

  it('prints byte for byte what documents with their own fonts print', async () => {
    setFontSharing(false);
    const alone = await exportOnce();
    setFontSharing(true);
    await exportOnce(); // fills the shared fonts
    const sharing = await exportOnce();
    expect(Buffer.from(sharing).equals(Buffer.from(alone))).toBe(true);
    expect((await readPdf(sharing)).pages.length).toBeGreaterThan(3);
  }, 60_000);

  it('reads a Greek name back right after a Cyrillic one (glyphs are made afresh per document)', async () => {
    setFontSharing(true);
    const render = (nativeName: string, name: string) =>
      renderPdf(
        {
          books: [
            BookSchema.parse(
              bilateralBook({ counterpart: { name, nativeName }, countryCode: 'XA' }),
            ),
          ],
          framework: fixtureFramework(),
        },
        { fontsDir: testFontsDir(), reuse: false },
      );
    await render('Иван Петров', 'Ivan Petrov');
    const { bytes } = await render('Νίκος Παπαδόπουλος', 'Nikos Papadopoulos');
    expect((await readPdf(bytes)).pages[0]!.text).toContain(
      'Nikos Papadopoulos (Νίκος Παπαδόπουλος)',
    );
  }, 60_000);
});
