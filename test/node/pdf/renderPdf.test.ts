// renderPdf on a bilateral book, read back with pdfjs: TOC pages, banners, page numbers, marks, outline, metadata.
import os from 'node:os';
import { beforeAll, describe, expect, it } from 'vitest';
import { BookSchema } from '../../../core/book/schema';
import { renderPdf } from '../../../node/pdf/renderPdf';
import { bilateralBook } from '../../fixtures/books/bilateral';
import { fixtureFramework } from '../../fixtures/books/framework';
import { edgeLines, pagesWithLine, tocEntries } from './layoutFacts';
import { readPdf, type ReadPdf } from '../../fixtures/pdfPages';
import { testFontsDir } from './testFonts';

const BANNER = 'SENSITIVE BUT UNCLASSIFIED';
let bytes: Uint8Array;
let pdf: ReadPdf;
let pages: number;
const phases: string[] = [];

beforeAll(async () => {
  const book = BookSchema.parse(bilateralBook());
  const out = await renderPdf(
    { books: [book], framework: fixtureFramework() },
    { fontsDir: testFontsDir(), onProgress: (p) => phases.push(p.phase) },
  );
  bytes = out.bytes;
  pages = out.pages;
  pdf = await readPdf(bytes);
});

describe('renderPdf: one draft book', () => {
  it('returns the page count of the real file, cover + contents + one page per tab', () => {
    expect(pages).toBe(pdf.pages.length);
    expect(pages).toBe(2 + bilateralBook().tabs.length);
  });

  it('lists every tab in the table of contents with the page its heading is on', () => {
    const toc = tocEntries(pdf);
    expect(toc.map((e) => e.title)).toEqual(bilateralBook().tabs.map((t) => t.title));
    for (const entry of toc) {
      expect(pagesWithLine(pdf, entry.title), entry.title).toEqual([entry.page]);
    }
  });

  it('prints the banner at the top and bottom of every page, and "Page X of Y" after the cover', () => {
    pdf.pages.forEach((page, i) => {
      const { top, bottom } = edgeLines(page);
      expect(top, `page ${i + 1} top`).toBe(BANNER);
      expect(bottom, `page ${i + 1} bottom`).toBe(BANNER);
      if (i === 0) expect(page.text).not.toMatch(/Page \d+ of/);
      else expect(page.text).toContain(`Page ${i + 1} of ${pdf.pages.length}`);
    });
  });

  it('keeps the cover free of running header and footer, and runs the book title on other pages', () => {
    const cover = pdf.pages[0]!;
    expect(cover.lines.filter((l) => l.text === 'Bilateral Space Dialogue')).toHaveLength(1);
    expect(cover.text).toContain(
      'Counterpart Ivan Petrov (Иван Петров) [ee-VAHN PEH-trov], Deputy Director General',
    );
    expect(cover.text).toContain('Copy No. 3');
    expect(cover.text).toContain('Drafted: OES/SAT: R. Drafter, March 30, 2026');
    for (const page of pdf.pages.slice(1))
      expect(page.lines[1]?.text).toBe('Bilateral Space Dialogue');
  });

  it('stamps DRAFT on every page of a draft', () => {
    pdf.pages.forEach((page, i) =>
      expect(
        page.lines.some((l) => l.text === 'DRAFT'),
        `page ${i + 1}`,
      ).toBe(true),
    );
  });

  it('prints portion marks before portions, citations after framework language, and safe links with their URL', () => {
    const all = pdf.pages.map((p) => p.text).join('\n');
    expect(all).toContain('(SBU) This is the third round of the dialogue.');
    expect(all).toContain('(U) Cybersecurity of space systems');
    expect(all).toContain('(SBU) Nested point marked SBU');
    expect(all).toContain('(U) Nested point under it');
    expect(all).toMatch(/risk mitigations\. \[P1\.G3\.4\.2\]/);
    expect(all).toContain('for space systems. (cites P1.G3.4.2, P1.G3.4.1)');
    expect(all).toContain(
      '(U) If raised: They ask how industry views shape U.S. positions at multilateral fora.',
    );
    expect(all).toContain('Department of State (https://www.state.gov/)');
    expect(all).toContain('(desk@example.gov)');
    expect(all).not.toContain('javascript');
    expect(all).toMatch(/\(SBU\)\nTime Event Press\n09:00 Arrival and greeting OPEN PRESS/);
  });

  it('writes an outline entry per tab pointing at its heading page', () => {
    const toc = tocEntries(pdf);
    expect(pdf.outline.map((o) => ({ title: o.title, page: o.page }))).toEqual(toc);
  });

  it('sets title and subject only: no author, no user or host name in the bytes', () => {
    expect(pdf.info.Title).toBe('Bilateral Space Dialogue');
    expect(pdf.info.Subject).toBe(`Briefing book: Testland, meeting of April 14, 2026 (${BANNER})`);
    expect(pdf.info.Author).toBeUndefined();
    const raw = Buffer.from(bytes).toString('latin1');
    expect(raw).not.toMatch(/\/Author/);
    for (const secret of [os.userInfo().username, os.hostname(), os.homedir()]) {
      if (secret.length >= 3) expect(raw.includes(secret), secret).toBe(false);
    }
  });

  it('reports progress through every phase in order', () => {
    const order = [...new Set(phases)];
    expect(order).toEqual(['layout', 'render', 'outline', 'write', 'done']);
  });
});

describe('renderPdf: a cleared book', () => {
  it('prints no DRAFT watermark and the clearance block', async () => {
    const book = BookSchema.parse(bilateralBook({ status: 'cleared' }));
    const out = await readPdf(
      (
        await renderPdf(
          { books: [book], framework: fixtureFramework() },
          { fontsDir: testFontsDir() },
        )
      ).bytes,
    );
    expect(out.pages.map((p) => p.text).join('\n')).not.toContain('DRAFT');
    // State style: office, name and date, or "ok" with the date when no name was recorded.
    expect(out.pages[0]!.text).toContain('Cleared: EAP/J: C. Clearer, March 31, 2026');
    expect(out.pages[0]!.text).toContain('ISN/MTR: ok, March 31, 2026');
    expect(out.pages[0]!.text).toContain('Approved: OES: A. Approver, April 1, 2026');
  });
});
