// Non-Latin names print and extract back correctly; RTL and uncovered characters are refused, never garbled.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Person } from '../../../core/book/schema';
import { BookSchema } from '../../../core/book/schema';
import { AppFailure } from '../../../core/ipc/result';
import { renderPdf } from '../../../node/pdf/renderPdf';
import { bilateralBook } from '../../fixtures/books/bilateral';
import { fixtureFramework } from '../../fixtures/books/framework';
import { p, doc } from '../../fixtures/books/nodes';
import { readPdf } from '../../fixtures/pdfPages';
import { testFontsDir } from './testFonts';

async function render(counterpart: Person, countryCode = 'XA') {
  const book = BookSchema.parse(bilateralBook({ counterpart, countryCode }));
  return renderPdf({ books: [book], framework: fixtureFramework() }, { fontsDir: testFontsDir() });
}

async function failure(promise: Promise<unknown>): Promise<AppFailure> {
  const e = await promise.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(AppFailure);
  return e as AppFailure;
}

const NAMES: Array<[string, Person, string?]> = [
  ['Cyrillic', { name: 'Ivan Petrov', nativeName: 'Иван Петров' }],
  ['Greek', { name: 'Nikos Papadopoulos', nativeName: 'Νίκος Παπαδόπουλος' }],
  ['Devanagari (no reordering signs)', { name: 'Mohan Das', nativeName: 'मोहन दास' }],
  ['Chinese', { name: 'Wang Wei', nativeName: '王伟' }, 'CN'],
  ['Japanese', { name: 'Yamada Taro', nativeName: '山田 太郎' }, 'JP'],
  ['Korean', { name: 'Kim Min-jun', nativeName: '김민준' }, 'KR'],
];

describe('renderPdf: names in other scripts', () => {
  it.each(NAMES)(
    'prints a %s name that extracts back unchanged',
    async (_script, person, country) => {
      const { bytes } = await render(person, country);
      const pdf = await readPdf(bytes);
      expect(pdf.pages[0]!.text).toContain(`Counterpart ${person.name} (${person.nativeName})`);
      // The participants table prints it again inside a table cell.
      expect(pdf.pages.at(-1)!.text).toContain(`${person.name} (${person.nativeName})`);
    },
  );

  it('prints Devanagari with reordered vowel signs and gives readers the logical text (ActualText)', async () => {
    const person = { name: 'Ravi Kumar', nativeName: 'रवि कुमार', title: 'कार्यकारी निदेशक' };
    const { bytes } = await render(person);
    // pdfjs ignores ActualText and reports glyphs in visual order (ि before व); poppler honours it.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bbb-deva-'));
    try {
      writeFileSync(path.join(dir, 'book.pdf'), bytes);
      const text = execFileSync(
        'pdftotext',
        ['-raw', '-f', '1', '-l', '1', path.join(dir, 'book.pdf'), '-'],
        { encoding: 'utf8' },
      );
      expect(text.replace(/\s+/g, '')).toContain('RaviKumar(रविकुमार),कार्यकारीनिदेशक');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const pdf = await readPdf(bytes);
    expect(pdf.pages[0]!.text).toContain('कुमार'); // no reordering sign: identical in visual order
  });

  it('embeds a CJK font only when the document has CJK text, subset to the glyphs used', async () => {
    const latin = await render({ name: 'Ivan Petrov', nativeName: 'Иван Петров' });
    const cjk = await render({ name: 'Wang Wei', nativeName: '王伟' }, 'CN');
    const raw = (b: Uint8Array) => Buffer.from(b).toString('latin1');
    expect(raw(latin.bytes)).not.toContain('NotoSansSC');
    expect(raw(cjk.bytes)).toContain('NotoSansSC');
    // The 10 MB font is subset: the whole PDF stays small.
    expect(cjk.bytes.length).toBeLessThan(latin.bytes.length + 200_000);
  });
});

describe('renderPdf: refuses what it cannot print correctly', () => {
  it('refuses Arabic in a counterpart name, naming where it is', async () => {
    const e = await failure(render({ name: 'Ahmed Ali', nativeName: 'أحمد علي' }));
    expect(e.code).toBe('unsupported-script');
    expect(e.message).toContain('Arabic (right-to-left) text');
    expect(e.message).toContain('counterpart native name');
  });

  it('refuses Hebrew in tab content, naming the tab', async () => {
    const book = bilateralBook();
    book.tabs[1] = { ...book.tabs[1]!, content: doc(p('U', 'Greeting: שלום')) };
    const e = await failure(
      renderPdf(
        { books: [BookSchema.parse(book)], framework: fixtureFramework() },
        { fontsDir: testFontsDir() },
      ),
    );
    expect(e.code).toBe('unsupported-script');
    expect(e.message).toMatch(
      /Hebrew \(right-to-left\) text in book "Bilateral Space Dialogue", tab "Scene-setter"/,
    );
  });

  it('refuses a script no bundled font covers (Thai) and a symbol Roboto lacks', async () => {
    const thai = await failure(render({ name: 'Somchai', nativeName: 'สมชาย' }));
    expect(thai.code).toBe('unsupported-script');
    expect(thai.message).toContain('U+0E2A');
    const book = bilateralBook();
    book.tabs[0] = { ...book.tabs[0]!, content: doc(p('U', 'Launch \u{1F680} window')) };
    const emoji = await failure(
      renderPdf(
        { books: [BookSchema.parse(book)], framework: fixtureFramework() },
        { fontsDir: testFontsDir() },
      ),
    );
    expect(emoji.code).toBe('unsupported-script');
    expect(emoji.message).toContain('U+1F680');
    expect(emoji.message).toContain('tab "Purpose and Objectives"');
  });
});
