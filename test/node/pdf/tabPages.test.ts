// Pages per tab from renderPdf match the real PDF read back with pdfjs: multi-page tabs, an empty tab, the acronym list after the last tab.
import { beforeAll, describe, expect, it } from 'vitest';
import type { SerializedNode } from '../../../core/book/lexical';
import type { Book } from '../../../core/book/schema';
import { loadFramework } from '../../../core/data';
import { renderPdf, type RenderResult } from '../../../node/pdf/renderPdf';
import { readPdf, type ReadPdf } from '../../fixtures/pdfPages';
import { doc, p } from '../../fixtures/books/nodes';
import { testFontsDir } from './testFonts';
import { kenyaDraft } from '../../fixtures/books/kenyaDraft';

const framework = loadFramework();
const SENTENCE =
  'The delegations reviewed cooperation on spectrum coordination and capacity building, and agreed to keep working-level contacts regular between rounds of the dialogue.';

/** `n` paragraphs that each carry the tab's own marker word, so pdfjs can tell its pages apart. */
const paragraphs = (marker: string, n: number): SerializedNode[] =>
  Array.from({ length: n }, (_, i) => p('U', `${marker} ${i + 1}. ${SENTENCE}`));

/**
 * The Kenya draft cut to four tabs of known length: Points to Make over several pages, If Raised
 * empty, Background a few pages, Schedule short. Its framework text keeps the acronym list on.
 */
function book(): Book {
  const base = kenyaDraft('tab-pages-1');
  const byKind = (kind: string) => base.tabs.find((t) => t.kind === kind)!;
  const points = byKind('points-to-make');
  const purpose = byKind('purpose');
  return {
    ...base,
    tabs: [
      purpose,
      { ...points, content: doc(...points.content.root.children, ...paragraphs('Pointmark', 40)) },
      { ...byKind('if-raised'), content: doc() },
      { ...byKind('background'), content: doc(...paragraphs('Backmark', 25)) },
      { ...byKind('schedule'), content: doc(...paragraphs('Schedmark', 2)) },
    ],
  };
}

let drafted: Book;
let out: RenderResult;
let pdf: ReadPdf;

beforeAll(async () => {
  drafted = book();
  out = await renderPdf({ books: [drafted], framework }, { fontsDir: testFontsDir() });
  pdf = await readPdf(out.bytes);
}, 60_000);

/** 1-based pages of a PDF whose text holds the word. */
const pagesWithIn = (read: ReadPdf, word: string): number[] =>
  read.pages.flatMap((page, i) => (page.text.includes(word) ? [i + 1] : []));
const pagesWith = (word: string): number[] => pagesWithIn(pdf, word);

describe('renderPdf tabPages', () => {
  it('names every printed tab once, in book order, with its first page where the PDF outline points', () => {
    expect(out.tabPages.map((t) => t.tabId)).toEqual(drafted.tabs.map((t) => t.id));
    const outline = new Map(pdf.outline.map((e) => [e.title, e.page]));
    for (const t of out.tabPages) {
      const title = drafted.tabs.find((x) => x.id === t.tabId)!.title;
      expect(t.firstPage, title).toBe(outline.get(title));
    }
  });

  it('counts the pages each tab really prints: those that hold its text', () => {
    const count = (kind: string) =>
      out.tabPages.find((t) => t.tabId === drafted.tabs.find((x) => x.kind === kind)!.id)!;
    const points = count('points-to-make');
    const background = count('background');
    const schedule = count('schedule');
    // The tab's own words run from its first page to its last, and nowhere else.
    const pointPages = pagesWith('Pointmark');
    expect(points.pages).toBeGreaterThan(1);
    expect(pointPages[pointPages.length - 1]! - points.firstPage + 1).toBe(points.pages);
    expect(pagesWith('Backmark')).toEqual(
      Array.from({ length: background.pages }, (_, i) => background.firstPage + i),
    );
    expect(background.pages).toBeGreaterThan(1);
    expect(pagesWith('Schedmark')).toEqual([schedule.firstPage]);
    expect(schedule.pages).toBe(1);
  });

  it('gives an empty tab its one heading page, and ends the last tab where the acronym list starts', () => {
    const empty = out.tabPages.find((t) => t.tabId === drafted.tabs[2]!.id)!;
    expect(empty.pages).toBe(1);
    const acronyms = pdf.outline.find((e) => e.title === 'Acronyms');
    expect(acronyms, 'the acronym list prints after the tabs').toBeDefined();
    const last = out.tabPages[out.tabPages.length - 1]!;
    expect(last.firstPage + last.pages).toBe(acronyms!.page);
    expect(acronyms!.page).toBeLessThanOrEqual(pdf.pages.length);
  });

  it('adds up: cover, contents, the tabs and the acronym list fill the whole PDF', () => {
    const tabs = out.tabPages.reduce((sum, t) => sum + t.pages, 0);
    const acronymPages =
      pdf.pages.length - pdf.outline.find((e) => e.title === 'Acronyms')!.page + 1;
    expect(out.tabPages[0]!.firstPage + tabs + acronymPages - 1).toBe(out.pages);
    expect(out.pages).toBe(pdf.pages.length);
  });

  it("ends a packet book's last tab where the next book's cover starts", async () => {
    // The first book: Schedule only, no clearing offices, a plain title: no acronym list after it.
    const first: Book = {
      ...drafted,
      title: 'First meeting',
      tabs: drafted.tabs.slice(4),
      clearance: { ...drafted.clearance, cleared: [] },
    };
    const second = { ...drafted, id: 'tab-pages-2', title: 'Second meeting' };
    const packet = await renderPdf(
      { books: [first, second], framework },
      { fontsDir: testFontsDir() },
    );
    const read = await readPdf(packet.bytes);
    const firstEntry = read.outline.find((e) => e.title === first.title)!;
    expect(firstEntry.children.map((c) => c.title)).toEqual(['Schedule']);
    const cover = read.outline.find((e) => e.title === 'Second meeting')!;
    const [schedule] = packet.tabPages.filter((t) => t.bookId === first.id);
    expect(schedule!.firstPage + schedule!.pages).toBe(cover.page);
    expect(pagesWithIn(read, 'Schedmark').filter((n) => n < cover.page)).toEqual([
      schedule!.firstPage,
    ]);
    const secondBook = packet.tabPages.filter((t) => t.bookId === second.id);
    expect(secondBook.map((t) => t.tabId)).toEqual(second.tabs.map((t) => t.id));
    expect(secondBook[0]!.firstPage).toBeGreaterThan(cover.page);
  });

  it('reports no tab pages for a pocket card, whose tabs run on', async () => {
    const pocket = await renderPdf(
      { books: [{ ...drafted, tabs: [drafted.tabs[0]!] }], framework, audience: 'pocket' },
      { fontsDir: testFontsDir() },
    );
    expect(pocket.tabPages).toEqual([]);
  });
});
