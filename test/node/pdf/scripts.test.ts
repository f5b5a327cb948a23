// Non-Latin names (incl. Arabic, Persian, Urdu, Hebrew, Thai) print and extract back; what cannot print is refused.
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
import { actualTexts } from '../../fixtures/pdfActualText';
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

function pdftotext(bytes: Uint8Array, page: number): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bbb-rtl-'));
  try {
    writeFileSync(path.join(dir, 'book.pdf'), bytes);
    return execFileSync('pdftotext', ['-raw', '-f', `${page}`, '-l', `${page}`, 'book.pdf', '-'], {
      cwd: dir,
      encoding: 'utf8',
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const reversed = (s: string) => [...s].reverse().join('');
const RTL_NAMES: Array<[string, Person, string]> = [
  ['Arabic', { name: 'Abdullah Al-Saud', nativeName: 'عبدالله' }, 'SA'],
  ['Persian', { name: 'Mohammad Reza Karimi', nativeName: 'محمدرضا کریمی' }, 'IR'],
  ['Urdu', { name: 'Imran Khan', nativeName: 'عمران خان' }, 'PK'],
  ['Hebrew', { name: 'David Cohen', nativeName: 'דוד כהן' }, 'IL'],
];

describe('renderPdf: right-to-left and Thai names', () => {
  it.each(RTL_NAMES)(
    'prints a %s name that reads back in logical order',
    async (_s, person, cc) => {
      const { bytes } = await render(person, cc);
      const name = person.nativeName!;
      // Each island carries its logical text as ActualText (PDF 32000-1 14.9.4), spaces as typed.
      expect(actualTexts(bytes)).toContain(name);
      // pdfjs ignores ActualText: it reads the glyphs (visual order) and applies its own bidi to get
      // logical order back. Glyphs made by decomposition (Arabic dots drawn apart) have no Unicode
      // mapping and come out as control characters, dropped here.
      const pdf = await readPdf(bytes);
      const cover = pdf.pages[0]!.text.replace(/\p{Cc}/gu, '');
      expect(cover).toContain(`Counterpart ${person.name} (`);
      expect(cover.replace(/ /g, '')).toContain(name.replace(/ /g, ''));
      // poppler honours the ActualText but lays its characters out left to right and then applies its
      // own right-to-left reordering, so `pdftotext` returns the span reversed: that is what it gives.
      expect(pdftotext(bytes, 1)).toContain(reversed(name));
    },
  );

  it('prints a Thai name that reads back exactly (ActualText undoes the SARA AM decomposition)', async () => {
    const person = { name: 'Somchai Jaidee', nativeName: 'สมชาย ใจดี', title: 'ผู้อำนวยการ' };
    const { bytes } = await render(person, 'TH');
    // poppler puts each ActualText span on its own line in -raw mode: compare without whitespace.
    expect(pdftotext(bytes, 1).replace(/\s+/g, '')).toContain('SomchaiJaidee(สมชายใจดี),ผู้อำนวยการ');
    expect(actualTexts(bytes)).toContain('ผู้อำนวยการ');
  });

  it('orders a Latin title with an Arabic name by the bidi algorithm', async () => {
    const person = { name: 'Dr. عبدالله bin Ali', title: 'مدير (2024)' };
    const { bytes } = await render(person, 'SA');
    const pdf = await readPdf(bytes);
    const line = pdf.pages[0]!.lines.find((l) => l.text.startsWith('Counterpart'))!;
    // Latin stays left to right around the name; the title's number stays left to right inside it.
    expect(line.text.replace(/\p{Cc}/gu, '')).toMatch(/^Counterpart Dr\. عبدالله bin Ali, /);
    expect(actualTexts(bytes)).toEqual(expect.arrayContaining(['عبدالله', 'مدير (']));
  });

  it('prints an Arabic book title in the running head of every page and in the contents', async () => {
    const title = 'Bilateral Space Dialogue حوار الفضاء';
    const book = BookSchema.parse({ ...bilateralBook({ countryCode: 'SA' }), title });
    const { bytes, pages } = await renderPdf(
      { books: [book], framework: fixtureFramework() },
      { fontsDir: testFontsDir() },
    );
    expect(pages).toBeGreaterThan(3);
    // The cover, then one running head per page after it.
    expect(actualTexts(bytes).filter((t) => t === 'حوار الفضاء').length).toBeGreaterThanOrEqual(
      pages,
    );
  });

  it('embeds the Arabic, Hebrew and Thai fonts only when used, subset', async () => {
    const latin = await render({ name: 'Ivan Petrov', nativeName: 'Иван Петров' });
    const arabic = await render({ name: 'Abdullah', nativeName: 'عبدالله' }, 'SA');
    const raw = (b: Uint8Array) => Buffer.from(b).toString('latin1');
    for (const font of ['NotoSansArabic', 'NotoSansHebrew', 'NotoSansThai'])
      expect(raw(latin.bytes)).not.toContain(font);
    expect(raw(arabic.bytes)).toContain('NotoSansArabic');
    expect(raw(arabic.bytes)).not.toContain('NotoSansHebrew');
    expect(arabic.bytes.length).toBeLessThan(latin.bytes.length + 40_000); // the 194 KB font is subset
  });
});

describe('renderPdf: refuses what it cannot print correctly', () => {
  it('refuses a right-to-left paragraph that would wrap over lines, naming the tab', async () => {
    const book = bilateralBook();
    const words =
      'التعاون في مجال الفضاء بين البلدين يشمل تبادل البيانات والتدريب والبحث العلمي المشترك';
    book.tabs[1] = { ...book.tabs[1]!, content: doc(p('U', `${words} ${words}`)) };
    const e = await failure(
      renderPdf(
        { books: [BookSchema.parse(book)], framework: fixtureFramework() },
        { fontsDir: testFontsDir() },
      ),
    );
    expect(e.code).toBe('unsupported-script');
    expect(e.message).toContain('does not fit on one line');
    expect(e.message).toContain('tab "Scene-setter"');
  });

  it('refuses a right-to-left script without a bundled font and bidi control characters', async () => {
    const syriac = await failure(render({ name: 'Ephrem', nativeName: 'ܐܦܪܝܡ' }));
    expect(syriac.code).toBe('unsupported-script');
    expect(syriac.message).toContain('Syriac (right-to-left) text in book');
    const rlo = await failure(render({ name: 'Ali', nativeName: 'Ali \u202Eevil' }));
    expect(rlo.message).toContain('bidirectional control character');
    expect(rlo.message).toContain('counterpart native name');
  });

  it('refuses a script no bundled font covers (Runic) and a symbol Roboto lacks (emoji)', async () => {
    const runic = await failure(render({ name: 'Futhark', nativeName: 'ᚠᚢᚦ' }));
    expect(runic.code).toBe('unsupported-script');
    expect(runic.message).toContain('U+16A0');
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
