// The speed patches (node/pdf/fastContent.ts, fastMeasure.ts) change no byte of an export: same book, same clock, same file.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BookSchema, type Book } from '../../../core/book/schema';
import {
  documentClass,
  installFastContent,
  ORIGINALS,
  referencePrototype,
  type ReferenceMethods,
} from '../../../node/pdf/fastContent';
import {
  installFastMeasure,
  ORIGINAL_MEASURE,
  textInlinesClass,
} from '../../../node/pdf/fastMeasure';
import { renderPdf } from '../../../node/pdf/renderPdf';
import { fixtureFramework } from '../../fixtures/books/framework';
import { generatedBook } from '../../fixtures/books/generated';
import { doc, h, li, link, list, p, t, table } from '../../fixtures/books/nodes';
import { readPdf } from '../../fixtures/pdfPages';
import { testFontsDir } from './testFonts';

installFastContent();
installFastMeasure();
const refProto = referencePrototype();
const fast = { write: refProto.write, finalize: refProto.finalize };
const original = refProto[ORIGINALS] as ReferenceMethods;
const measureProto = textInlinesClass().prototype;
const fastMeasure = measureProto.measure;
const originalMeasure = measureProto[ORIGINAL_MEASURE] as typeof fastMeasure;

/** Every inline format and a few style changes inside one paragraph, so runs of words change style often. */
function styledBook(): Book {
  const base = generatedBook(12, 'patch-book');
  const formats = doc(
    h(2, 'U', 'Formats'),
    p(
      'U',
      'Plain, ',
      t('bold', 'bold'),
      ', ',
      t('italic words here', 'italic'),
      ', ',
      t('bold italic', 'bold', 'italic'),
      ', H',
      t('2', 'subscript'),
      'O and m',
      t('2', 'superscript'),
      ', ',
      t('underlined text', 'underline'),
      ', ',
      t('struck', 'strikethrough'),
      ', ',
      t('code()', 'code'),
      ', ',
      t('highlighted', 'highlight'),
      ' and ',
      link('https://example.org/a', 'a link'),
      '.',
    ),
    list('number', 'U', [li(undefined, 'One ', t('bold', 'bold')), li(undefined, 'Two')]),
    table('U', ['Left', 'Right'], [[t('x', 'superscript'), t('long cell text', 'italic')]]),
  );
  const tabs = [
    ...base.tabs,
    { id: 'formats', kind: 'background', title: 'Formats', defaultMark: 'U', content: formats },
  ] as Book['tabs'];
  return BookSchema.parse({ ...base, tabs });
}

async function exportWith(engine: 'fast' | 'original', book: Book): Promise<Uint8Array> {
  const methods = engine === 'fast' ? fast : original;
  refProto.write = methods.write;
  refProto.finalize = methods.finalize;
  measureProto.measure = engine === 'fast' ? fastMeasure : originalMeasure;
  try {
    const out = await renderPdf(
      { books: [book], framework: fixtureFramework() },
      // reuse off: each export must lay out and draw with the engine under test
      { fontsDir: testFontsDir(), reuse: false },
    );
    return out.bytes;
  } finally {
    refProto.write = fast.write;
    refProto.finalize = fast.finalize;
    measureProto.measure = fastMeasure;
  }
}

let book: Book;
beforeAll(() => {
  // One clock for both exports: pdfkit puts the creation time in the Info dictionary and the file ID.
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-04-01T12:00:00Z') });
  book = styledBook();
});
afterAll(() => vi.useRealTimers());

describe('speed patches: same output as pdfmake and pdfkit alone', () => {
  it('installs over the originals, so the comparison below compares two different engines', () => {
    expect(original.write).not.toBe(fast.write);
    expect(original.finalize).not.toBe(fast.finalize);
    expect(originalMeasure).not.toBe(fastMeasure);
  });

  it('writes the same bytes for a book with every inline format, lists, tables and a TOC', async () => {
    const slow = await exportWith('original', book);
    const quick = await exportWith('fast', book);
    expect(quick.length).toBe(slow.length);
    expect(Buffer.from(quick).equals(Buffer.from(slow))).toBe(true);
    // And the file is a real one: the formats tab reads back.
    const text = (await readPdf(quick)).pages.map((page) => page.text).join('\n');
    expect(text).toContain('Formats');
    expect(text).toContain('underlined text');
  });

  it('keeps byte chunks written between strings in their place, with the same Length', () => {
    const write = (methods: ReferenceMethods, compress: boolean): Buffer => {
      refProto.write = methods.write;
      refProto.finalize = methods.finalize;
      try {
        const Doc = documentClass();
        const pdf = new Doc({}, {}, {}, {}, { autoFirstPage: false, compress }) as unknown as {
          ref(data?: object): { write(c: unknown): void; end(): void };
          read(): Buffer | null;
        };
        const ref = pdf.ref({});
        ref.write('BT');
        ref.write(1.5);
        ref.write(Buffer.from([0xff, 0x00, 0x0a]));
        ref.write('(caf\xe9) Tj');
        ref.write(new Uint8Array([0x41]));
        ref.write('ET');
        ref.end();
        // The document is a paused Readable: read() hands back everything pushed so far.
        return pdf.read() ?? Buffer.alloc(0);
      } finally {
        refProto.write = fast.write;
        refProto.finalize = fast.finalize;
      }
    };
    for (const compress of [false, true]) {
      const slow = write(original, compress);
      expect(slow.length).toBeGreaterThan(20);
      expect(write(fast, compress).equals(slow), `compress ${compress}`).toBe(true);
    }
    expect(write(fast, false).toString('latin1')).toContain(
      'BT\n1.5\n\xff\x00\n(caf\xe9) Tj\nAET\n',
    );
  });
});
