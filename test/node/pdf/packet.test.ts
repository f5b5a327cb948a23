// A packet of two books: master TOC with correct pages, nested outline, per-book covers, running titles, watermark.
import { beforeAll, describe, expect, it } from 'vitest';
import { BookSchema } from '../../../core/book/schema';
import { renderPdf } from '../../../node/pdf/renderPdf';
import { bilateralBook } from '../../fixtures/books/bilateral';
import { fixtureFramework } from '../../fixtures/books/framework';
import { edgeLines, pagesWithLine, tocEntries } from './layoutFacts';
import { readPdf, type ReadPdf } from '../../fixtures/pdfPages';
import { testFontsDir } from './testFonts';

const first = BookSchema.parse(
  bilateralBook({ id: 'b-one', title: 'Dialogue with Testland', status: 'cleared' }),
);
const second = BookSchema.parse(
  bilateralBook({
    id: 'b-two',
    title: 'Dialogue with Examplia',
    countryName: 'Examplia',
    counterpart: { name: 'Nikos Papadopoulos', nativeName: 'Νίκος Παπαδόπουλος' },
  }),
);
let pdf: ReadPdf;

beforeAll(async () => {
  const out = await renderPdf(
    {
      books: [first, second],
      framework: fixtureFramework(),
      packetTitle: 'Spring Trip 2026',
      includeTabs: { 'b-one': ['purpose', 'points', 'participants'] },
    },
    { fontsDir: testFontsDir() },
  );
  pdf = await readPdf(out.bytes);
});

describe('renderPdf: packet', () => {
  it('has a master TOC listing every book and its tabs at the right pages', () => {
    const toc = tocEntries(pdf);
    const titles = toc.map((e) => e.title);
    expect(titles).toEqual([
      'Dialogue with Testland',
      'Purpose and Objectives',
      'Points to Make',
      'Participants',
      'Dialogue with Examplia',
      ...second.tabs.map((t) => t.title),
    ]);
    // Each book entry points at its cover; each tab entry at its heading (tab titles repeat across books).
    const covers = [
      pagesWithLine(pdf, 'Dialogue with Testland')[0],
      pagesWithLine(pdf, 'Dialogue with Examplia')[0],
    ];
    expect(toc[0]!.page).toBe(covers[0]);
    expect(toc[4]!.page).toBe(covers[1]);
    for (const entry of toc) {
      expect(pagesWithLine(pdf, entry.title), entry.title).toContain(entry.page);
    }
    expect(pdf.pages[covers[1]! - 1]!.text).toContain(
      'Counterpart Nikos Papadopoulos (Νίκος Παπαδόπουλος)',
    );
  });

  it("nests each book's tabs under the book in the outline, pointing at the TOC pages", () => {
    const toc = tocEntries(pdf);
    expect(pdf.outline.map((o) => [o.title, o.page])).toEqual([
      ['Dialogue with Testland', toc[0]!.page],
      ['Dialogue with Examplia', toc[4]!.page],
    ]);
    expect(pdf.outline[0]!.children.map((c) => [c.title, c.page])).toEqual(
      toc.slice(1, 4).map((e) => [e.title, e.page]),
    );
    expect(pdf.outline[1]!.children).toHaveLength(second.tabs.length);
  });

  it("prints the packet banner on every page and each book's title as its running header", () => {
    pdf.pages.forEach((page, i) => {
      const { top, bottom } = edgeLines(page);
      expect([top, bottom], `page ${i + 1}`).toEqual([
        'SENSITIVE BUT UNCLASSIFIED',
        'SENSITIVE BUT UNCLASSIFIED',
      ]);
    });
    const tabPage = (book: string, title: string) =>
      pdf.pages.findIndex(
        (p) => p.lines[1]?.text === book && p.lines.some((l) => l.text === title),
      );
    expect(tabPage('Dialogue with Testland', 'Points to Make')).toBeGreaterThan(0);
    expect(tabPage('Dialogue with Examplia', 'Scenario')).toBeGreaterThan(0);
    expect(pdf.pages[0]!.lines[1]!.text).toBe('Spring Trip 2026');
  });

  it('watermarks only the draft book (and the packet front, which holds a draft)', () => {
    const toc = tocEntries(pdf);
    const secondCover = toc[4]!.page;
    pdf.pages.forEach((page, i) => {
      const n = i + 1;
      const draft = page.lines.some((l) => l.text === 'DRAFT');
      const expected = n === 1 || n >= secondCover;
      expect(draft, `page ${n}`).toBe(expected);
    });
  });
});
