// Nothing dropped: a table row taller than a page splits across pages, the block guard fails an export that
// lost a block (naming it), and headings never end a page alone. Every PDF is read back with pdfjs.
import { writeFileSync } from 'node:fs';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SerializedNode } from '../../../core/book/lexical';
import { BookSchema, type Book } from '../../../core/book/schema';
import { AppFailure } from '../../../core/ipc/result';
import { renderPdf } from '../../../node/pdf/renderPdf';
import { bilateralBook, clearedAsIs } from '../../fixtures/books/bilateral';
import { fixtureFramework } from '../../fixtures/books/framework';
import { doc, h, p, table } from '../../fixtures/books/nodes';
import { readPdf, type PdfPage, type ReadPdf } from '../../fixtures/pdfPages';
import { testFontsDir } from './testFonts';

const WORDS = 900; // about two pages of words in one cell
const longCell = Array.from({ length: WORDS }, (_, i) => `w${i}`).join(' ');

function bookWith(title: string, ...blocks: SerializedNode[]): Book {
  const b = bilateralBook({ status: 'cleared' }); // no DRAFT watermark merging into a text line
  b.tabs = [{ ...b.tabs[0]!, title, content: doc(...blocks) }];
  return BookSchema.parse(clearedAsIs(b));
}

const tallRowBook = (): Book =>
  bookWith(
    'Participants',
    p('U', 'Before the table.'),
    table(
      'U',
      ['Name', 'Notes'],
      [
        ['Alpha', 'short note'],
        ['Bravo', longCell],
        ['Charlie', 'closing note'],
      ],
    ),
    p('U', 'After the table.'),
  );

const render = (book: Book, mutate?: (d: TDocumentDefinitions) => TDocumentDefinitions) =>
  renderPdf({ books: [book], framework: fixtureFramework() }, { fontsDir: testFontsDir(), mutate });

/** Body lines of a page: without banners, running title, page number and watermark. */
const bodyLines = (page: PdfPage, runningTitle: string): string[] =>
  page.lines
    .map((l) => l.text)
    .filter(
      (t) =>
        !/^Page \d+ of \d+$/.test(t) && t !== 'UNCLASSIFIED' && t !== 'DRAFT' && t !== runningTitle,
    );

describe('a table row taller than a page', () => {
  let pdf: ReadPdf;
  beforeAll(async () => {
    const out = await render(tallRowBook());
    if (process.env.BBB_SHOTS) writeFileSync(process.env.BBB_SHOTS + '/tall-row.pdf', out.bytes);
    pdf = await readPdf(out.bytes);
  });

  it('prints every cell, the long cell word by word in order across pages', () => {
    const words = pdf.pages
      .slice(2)
      .flatMap((pg) => bodyLines(pg, 'Bilateral Space Dialogue'))
      .join(' ')
      .split(/\s+/);
    const found = words.filter((w) => /^w\d+$/.test(w));
    expect(found).toEqual(Array.from({ length: WORDS }, (_, i) => `w${i}`));
    const all = pdf.pages.map((pg) => pg.text).join('\n');
    for (const text of [
      'Alpha',
      'short note',
      'Bravo',
      'Charlie',
      'closing note',
      'After the table.',
    ])
      expect(all).toContain(text);
  });

  it('splits the row over more than one page and repeats the header row on each', () => {
    const withWords = pdf.pages.filter((pg) => /\bw\d+\b/.test(pg.text));
    expect(withWords.length).toBeGreaterThanOrEqual(2);
    for (const pg of withWords)
      expect(pg.lines.some((l) => /^Name\s+Notes$/.test(l.text))).toBe(true);
  });
});

/** Brings back the layout that lost tables: every table's rows and the whole table kept together. */
function keepTablesTogether(def: TDocumentDefinitions): TDocumentDefinitions {
  const visit = (n: unknown): void => {
    if (Array.isArray(n)) return n.forEach(visit);
    if (!n || typeof n !== 'object') return;
    const o = n as Record<string, unknown>;
    const t = o.table as { dontBreakRows?: boolean; body: unknown[] } | undefined;
    if (t) {
      t.dontBreakRows = true;
      o.unbreakable = true;
    }
    for (const k of ['stack', 'section', 'content']) visit(o[k]);
  };
  visit(def.content);
  return def;
}

describe('the block guard', () => {
  it('fails the export, naming tab and block, when layout loses a block', async () => {
    const err = await render(tallRowBook(), keepTablesTogether).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppFailure);
    expect((err as AppFailure).code).toBe('internal');
    expect((err as Error).message).toContain(
      'block 2 of tab "Participants" in book "Bilateral Space Dialogue" (table: "Name Notes Alpha short note Bravo w0 w1")',
    );
    expect((err as Error).message).not.toContain('block 1 ');
    expect((err as Error).message).not.toContain('block 3 ');
  });

  it('passes the same book when nothing is lost', async () => {
    const out = await render(bookWith('Short', p('U', 'One line.'), table('U', ['A'], [['b']])));
    expect(out.pages).toBe(3);
  });
});

describe('headings keep with what follows', () => {
  it('never leaves a heading as the last line of a page', async () => {
    // Paragraphs of 1 to 7 lines, and short tables, after headings put headings at many heights.
    const blocks: SerializedNode[] = [];
    for (let i = 0; i < 40; i++) {
      blocks.push(h(((i % 3) + 1) as 1 | 2 | 3, 'U', `Heading ${i}`));
      const lines = (i * 5) % 7;
      if (i % 4 === 3)
        blocks.push(
          table(
            'U',
            ['Name', 'Role'],
            [
              [`r${i}a`, 'x'],
              [`r${i}b`, 'y'],
              [`r${i}c`, 'z'],
            ],
          ),
        );
      else
        blocks.push(
          p('U', Array.from({ length: 14 * lines + 3 }, (_, k) => `f${i}x${k}`).join(' ')),
        );
    }
    const pdf = await readPdf((await render(bookWith('Many headings', ...blocks))).bytes);
    const ends = pdf.pages
      .slice(2, -1)
      .map((pg) => bodyLines(pg, 'Bilateral Space Dialogue').at(-1));
    expect(ends.length).toBeGreaterThan(3);
    for (const end of ends) expect(end).not.toMatch(/Heading \d+$|^\(U\)$|^Name Role$/);
    // Every heading and paragraph still printed, in order.
    const all = pdf.pages.map((pg) => pg.text).join('\n');
    const order = [...all.matchAll(/Heading (\d+)/g)].map((m) => Number(m[1]));
    expect(order).toEqual(Array.from({ length: 40 }, (_, i) => i));
  });

  it('prints a heading and the short table after it in full when the table is taller than a page', async () => {
    const out = await render(
      bookWith(
        'Kept',
        p('U', 'Opening line.'),
        h(2, 'U', 'Participants'),
        table('U', ['Name', 'Notes'], [['Bravo', longCell]]),
        p('U', 'Closing line.'),
      ),
    );
    const text = (await readPdf(out.bytes)).pages.map((pg) => pg.text).join('\n');
    for (const t of [
      'Opening line.',
      '(U) Participants',
      'Bravo',
      'w0',
      `w${WORDS - 1}`,
      'Closing line.',
    ])
      expect(text).toContain(t);
  });
});
