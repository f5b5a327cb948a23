// Tagged PDF: pdfinfo, qpdf and pdfjs read back the structure tree and compare it with the book's outline.
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { BookSchema, type Book } from '../../../core/book/schema';
import { renderPdf } from '../../../node/pdf/renderPdf';
import { bilateralBook } from '../../fixtures/books/bilateral';
import { fixtureFramework } from '../../fixtures/books/framework';
import { tocEntries } from './layoutFacts';
import { readPdf, type ReadPdf } from '../../fixtures/pdfPages';
import {
  allNodes,
  pdfjsTagging,
  qpdfTagging,
  withFile,
  type PdfjsPageTagging,
  type QpdfTagging,
} from './structureTree';
import { testFontsDir } from './testFonts';

let book: Book;
let bytes: Uint8Array;
let qpdf: QpdfTagging;
let pages: PdfjsPageTagging[];
let pdf: ReadPdf;

beforeAll(async () => {
  book = BookSchema.parse(bilateralBook());
  bytes = (
    await renderPdf({ books: [book], framework: fixtureFramework() }, { fontsDir: testFontsDir() })
  ).bytes;
  qpdf = qpdfTagging(bytes);
  pages = await pdfjsTagging(bytes);
  pdf = await readPdf(bytes);
});

const count = (role: string): number => allNodes(qpdf.root).filter((n) => n.role === role).length;

describe('every export is a tagged PDF', () => {
  it('pdfinfo reports it tagged', () => {
    const info = withFile(bytes, (file) => execFileSync('pdfinfo', [file], { encoding: 'utf8' }));
    expect(info).toMatch(/^Tagged:\s+yes$/m);
  });

  it('sets the language, shows the title in the window, and keeps the bookmarks', () => {
    expect(qpdf.tagged).toBe(true);
    expect(qpdf.lang).toBe('en-US');
    expect(qpdf.displayDocTitle).toBe(true);
    expect(pdf.outline.map((o) => o.title)).toEqual(book.tabs.map((t) => t.title));
  });

  it('has one Document with a Sect per tab, each opening with its H1 tab title', () => {
    expect(qpdf.root.map((n) => n.role)).toEqual(['Document']);
    expect(count('H1')).toBe(book.tabs.length);
    const sects = qpdf.root[0]!.children.filter((n) => n.children[0]?.role === 'H1');
    expect(sects.map((s) => s.role)).toEqual(book.tabs.map(() => 'Sect'));
  });

  it('has a TOC with one TOCI per tab', () => {
    const toc = allNodes(qpdf.root).filter((n) => n.role === 'TOC');
    expect(toc).toHaveLength(1);
    expect(toc[0]!.children.map((c) => c.role)).toEqual(book.tabs.map(() => 'TOCI'));
  });

  it('tags lists as L > LI > Lbl + LBody, and tables as Table > TR > TH/TD', () => {
    const items = allNodes(qpdf.root).filter((n) => n.role === 'LI');
    expect(items.length).toBeGreaterThan(3);
    for (const li of items) expect(li.children.map((c) => c.role).at(-1)).toBe('LBody');
    expect(items.filter((li) => li.children[0]?.role === 'Lbl').length).toBeGreaterThan(3);
    const tables = allNodes(qpdf.root).filter((n) => n.role === 'Table');
    const withHeader = tables.filter((t) => t.children[0]?.children.every((c) => c.role === 'TH'));
    expect(withHeader.length).toBeGreaterThan(0);
    for (const t of tables) for (const tr of t.children) expect(tr.role).toBe('TR');
    expect(count('P')).toBeGreaterThan(10);
    expect(count('BlockQuote')).toBeGreaterThan(0);
  });

  it('pdfjs finds each H1 on the page the contents list for that tab', () => {
    const toc = tocEntries(pdf);
    expect(toc).toHaveLength(book.tabs.length);
    const h1Pages = pages.flatMap((p, i) => p.roles.filter((r) => r === 'H1').map(() => i + 1));
    expect(h1Pages).toEqual(toc.map((e) => e.page));
    expect(pages[1]!.roles).toContain('TOC');
    expect(pages[1]!.roles.filter((r) => r === 'TOCI')).toHaveLength(book.tabs.length);
  });

  it('marks banners, running heads, page numbers and the watermark as artifacts, and leaves no text unmarked', () => {
    pages.forEach((p, i) => {
      expect(p.unmarkedText, `page ${i + 1}`).toEqual([]);
      expect(p.artifactText.join(' '), `page ${i + 1}`).toContain('DRAFT');
      expect(p.taggedText.join(' ')).not.toContain('SENSITIVE BUT UNCLASSIFIED');
      if (i > 0) {
        expect(p.artifactText.filter((t) => t === 'SENSITIVE BUT UNCLASSIFIED')).toHaveLength(2);
        expect(p.artifactText.join(' ')).toMatch(/Page\s+\d+\s+of\s+\d+/);
        expect(p.taggedText.length, `page ${i + 1}`).toBeGreaterThan(0);
      }
    });
  });
});

describe('a tagged packet', () => {
  it('has one H1 per printed tab and one TOCI per book and tab in its master TOC, no text unmarked', async () => {
    const one = BookSchema.parse(bilateralBook({ id: 'b-one', title: 'Dialogue A' }));
    const two = BookSchema.parse(bilateralBook({ id: 'b-two', title: 'Dialogue B' }));
    const out = await renderPdf(
      {
        books: [one, two],
        framework: fixtureFramework(),
        packetTitle: 'Trip',
        includeTabs: { 'b-one': ['purpose', 'points'] },
      },
      { fontsDir: testFontsDir() },
    );
    const tree = qpdfTagging(out.bytes);
    const nodes = allNodes(tree.root);
    const tabs = 2 + two.tabs.length;
    expect(nodes.filter((n) => n.role === 'H1')).toHaveLength(tabs);
    const toc = nodes.filter((n) => n.role === 'TOC');
    expect(toc).toHaveLength(1);
    expect(toc[0]!.children.filter((c) => c.role === 'TOCI')).toHaveLength(2 + tabs);
    for (const [i, page] of (await pdfjsTagging(out.bytes)).entries())
      expect(page.unmarkedText, `page ${i + 1}`).toEqual([]);
  });
});
