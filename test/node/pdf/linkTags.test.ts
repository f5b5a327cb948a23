// Tagged links (PDF/UA-1 7.18.5): each link annotation sits in a Link element with the link's words, read back with qpdf and pdfjs.
import { execFileSync, spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { BookSchema, type Book } from '../../../core/book/schema';
import { renderPdf } from '../../../node/pdf/renderPdf';
import { bilateralBook, clearedAsIs } from '../../fixtures/books/bilateral';
import { fixtureFramework } from '../../fixtures/books/framework';
import { doc, li, link, list, p, table } from '../../fixtures/books/nodes';
import { readPdf, type ReadPdf } from '../../fixtures/pdfPages';
import { tocEntries } from './layoutFacts';
import { pdfjsLinks, qpdfLinks, type PdfjsPageLinks, type QpdfLinks } from './linkStructure';
import { withFile } from './structureTree';
import { testFontsDir } from './testFonts';

const render = async (book: Book): Promise<Uint8Array> =>
  (await renderPdf({ books: [book], framework: fixtureFramework() }, { fontsDir: testFontsDir() }))
    .bytes;

/** The invariants every tagged link keeps, whatever the book. */
function expectEveryLinkTagged(q: QpdfLinks): void {
  expect(q.annots.length).toBeGreaterThan(0);
  for (const a of q.annots) {
    const where = `${a.ref} on page ${a.page} (${a.target})`;
    expect(a.structParent, where).toBeTypeOf('number');
    expect(a.contents?.trim(), where).toBeTruthy();
    expect(a.elem?.role, where).toBe('Link');
    // The OBJR names this annotation and the page whose /Annots holds it.
    expect(a.elem!.objrs, where).toContainEqual({ obj: a.ref, page: a.page });
    expect(a.elem!.mcids.length, where).toBeGreaterThan(0);
  }
  // Every Link element is some annotation's, and holds nothing but its own annotations.
  const byElem = new Map<string, string[]>();
  for (const a of q.annots) byElem.set(a.elem!.ref, [...(byElem.get(a.elem!.ref) ?? []), a.ref]);
  expect([...byElem.keys()].sort()).toEqual([...q.linkElems].sort());
  for (const a of q.annots)
    expect(a.elem!.objrs.map((o) => o.obj).sort()).toEqual(byElem.get(a.elem!.ref)!.sort());
  // PDF/UA: pages with annotations use structure order for tabbing.
  q.pages.forEach((page, i) => {
    if (page.annots > 0) expect(page.tabs, `page ${i + 1}`).toBe('/S');
  });
}

describe('the bilateral book: an https link, a mailto link and the TOC', () => {
  let book: Book;
  let bytes: Uint8Array;
  let q: QpdfLinks;
  let pages: PdfjsPageLinks[];

  beforeAll(async () => {
    book = BookSchema.parse(bilateralBook());
    bytes = await render(book);
    q = qpdfLinks(bytes);
    pages = await pdfjsLinks(bytes);
  });

  /** pdfjs's view of the annotations going to `target`: the page, the annotations, their Link elements. */
  const pdfjsView = (target: string) => {
    const i = pages.findIndex((pg) => pg.annots.some((a) => a.target === target));
    expect(i, target).toBeGreaterThanOrEqual(0);
    const annots = pages[i]!.annots.filter((a) => a.target === target);
    const links = pages[i]!.links.filter((l) => annots.some((a) => l.objects.includes(a.id)));
    return { page: i + 1, annots, links };
  };

  it('pdfinfo says tagged, qpdf --check is clean, every link annotation is in a Link element', () => {
    const info = withFile(bytes, (f) => execFileSync('pdfinfo', [f], { encoding: 'utf8' }));
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    const check = withFile(bytes, (f) => spawnSync('qpdf', ['--check', f], { encoding: 'utf8' }));
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
    expect(check.stdout).toContain('No syntax or stream encoding errors found');
    expectEveryLinkTagged(q);
  });

  it('the https link: one Link in its paragraph, holding the words and an OBJR to the annotation', () => {
    const text = 'Department of State (https://www.state.gov/)';
    const { annots, links } = pdfjsView('https://www.state.gov/');
    expect(annots).toHaveLength(1); // one annotation for the line, not one per word
    expect(links).toHaveLength(1);
    expect(links[0]).toEqual({ parentRole: 'P', objects: [annots[0]!.id], text });
    expect(annots[0]!.contents).toBe(text);
    const a = q.annots.filter((x) => x.target === 'https://www.state.gov/');
    expect(a.map((x) => [x.contents, x.elem?.role, x.elem?.parentRoles[0]])).toEqual([
      [text, 'Link', 'P'],
    ]);
  });

  it('the mailto link: one Link element however many lines it takes, an annotation per line', () => {
    const text = 'the desk (desk@example.gov)';
    const { annots, links } = pdfjsView('mailto:desk@example.gov');
    expect(links).toHaveLength(1);
    expect(links[0]!.text).toBe(text);
    expect(links[0]!.objects.sort()).toEqual(annots.map((a) => a.id).sort());
    for (const a of annots) expect(a.contents).toBe(text);
    const a = q.annots.filter((x) => x.target === 'mailto:desk@example.gov');
    expect(new Set(a.map((x) => x.elem!.ref)).size).toBe(1);
    expect(a[0]!.elem!.mcids).toHaveLength(a.length);
    // The unsafe javascript: link of the same paragraph prints as words: no annotation, no Link.
    expect(q.annots.filter((x) => !/^(https:|mailto:|b\d+-t\d+$)/.test(x.target ?? ''))).toEqual(
      [],
    );
  });

  it('each TOC entry is TOCI > Reference > Link, going to the page of its tab', async () => {
    const toc = tocEntries(await readPdf(bytes));
    expect(toc.map((e) => e.title)).toEqual(book.tabs.map((t) => t.title));
    const tocPage = pages.findIndex((pg) => pg.links.some((l) => l.parentRole === 'Reference'));
    const links = pages[tocPage]!.links;
    expect(links.map((l) => l.text)).toEqual(toc.map((e) => `${e.title} ${e.page}`));
    expect(links.map((l) => l.parentRole)).toEqual(toc.map(() => 'Reference'));
    toc.forEach((entry, i) => {
      const annots = pages[tocPage]!.annots.filter((a) => links[i]!.objects.includes(a.id));
      // The title and the page number, each its own annotation of the same Link.
      expect(annots.map((a) => [a.contents, a.destPage])).toEqual([
        [entry.title, entry.page],
        [`${entry.title}, page ${entry.page}`, entry.page],
      ]);
    });
    const tocAnnots = q.annots.filter((a) => /^b\d+-t\d+$/.test(a.target ?? ''));
    expect(tocAnnots).toHaveLength(2 * book.tabs.length);
    for (const a of tocAnnots)
      expect(a.elem!.parentRoles.slice(0, 3)).toEqual(['Reference', 'TOCI', 'TOC']);
  });
});

describe('links in lists, tables, and across a page break', () => {
  const label = Array.from({ length: 700 }, (_, i) => `w${i}`).join(' ');
  const rows = Array.from({ length: 70 }, (_, i) => [`row ${i}`, 'x']);
  let pdf: ReadPdf;
  let q: QpdfLinks;
  let pages: PdfjsPageLinks[];

  beforeAll(async () => {
    const b = bilateralBook({ status: 'cleared' });
    b.tabs = [
      {
        ...b.tabs[0]!,
        title: 'Links',
        content: doc(
          list('bullet', 'U', [
            li(undefined, 'See ', link('https://example.org/list', 'the list link'), '.'),
          ]),
          table(
            'U',
            ['Source', 'Note'],
            [[link('https://example.org/cell', 'the cell link'), 'x']],
          ),
          p('U', 'Long: ', link('https://example.org/long', label), ' end.'),
          // A header row repeated on the next page (the helper's header cells take any child).
          table('U', [link('https://example.org/head', 'Head link'), 'Note'] as string[], rows),
        ),
      },
    ];
    const bytes = await render(BookSchema.parse(clearedAsIs(b)));
    q = qpdfLinks(bytes);
    pages = await pdfjsLinks(bytes);
    pdf = await readPdf(bytes);
  });

  it('keeps every link tagged, each in the element of its text', () => {
    expectEveryLinkTagged(q);
    const parents = (target: string) =>
      q.annots.filter((a) => a.target === target).map((a) => a.elem!.parentRoles.slice(0, 2));
    expect(parents('https://example.org/list')).toEqual([['LBody', 'LI']]);
    expect(parents('https://example.org/cell')).toEqual([['P', 'TD']]);
  });

  it('a link broken across a page break is one Link element per page, each OBJR on its own page', () => {
    const long = q.annots.filter((a) => a.target === 'https://example.org/long');
    const onPages = [...new Set(long.map((a) => a.page))];
    expect(onPages.length).toBeGreaterThan(1);
    for (const page of onPages) {
      const elems = new Set(long.filter((a) => a.page === page).map((a) => a.elem!.ref));
      expect(elems.size, `page ${page}`).toBe(1);
      const elem = long.find((a) => a.page === page)!.elem!;
      expect(new Set(elem.objrs.map((o) => o.page))).toEqual(new Set([page]));
    }
    // pdfjs reads the words back, page by page, in order: together they are the whole link text
    // (the label, then the target printed after it; line breaks may fall inside the target).
    const text = `${label} (https://example.org/long)`;
    const words = onPages.flatMap((page) =>
      pages[page - 1]!.links.filter((l) => l.text.startsWith('w')).map((l) => l.text),
    );
    expect(words.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
    expect(long.map((a) => a.contents).filter((c) => c !== text)).toEqual([]);
  });

  it('a repeated table header row prints its link words again, as an artifact without an annotation', () => {
    const printed = pdf.pages.flatMap((pg, i) =>
      pg.lines.some((l) => l.text.startsWith('Head link')) ? [i + 1] : [],
    );
    expect(printed.length).toBeGreaterThan(1);
    const head = q.annots.filter((a) => a.target === 'https://example.org/head');
    expect(head.map((a) => [a.page, a.contents, a.elem?.parentRoles.slice(0, 2)])).toEqual([
      [printed[0], 'Head link (https://example.org/head)', ['P', 'TH']],
    ]);
  });
});
