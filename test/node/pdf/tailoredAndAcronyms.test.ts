// A drafted Kenya book with a tailored and a slot-filled point, rendered and read back: "adapted from", and the acronym appendix.
import { beforeAll, describe, expect, it } from 'vitest';
import type { SerializedNode } from '../../../core/book/lexical';
import type { Book } from '../../../core/book/schema';
import { loadFramework } from '../../../core/data';
import { renderPdf } from '../../../node/pdf/renderPdf';
import { readPdf, type ReadPdf } from '../../fixtures/pdfPages';
import { p } from '../../fixtures/books/nodes';
import { testFontsDir } from './testFonts';
import { kenyaDraft } from '../../fixtures/books/kenyaDraft';

const framework = loadFramework();
const glossary = framework.reference!.glossary.entries;
const OWN_WORDS = 'We also value our long scientific partnership.';
let tailoredId = '';
let slotId = '';
let pdf: ReadPdf;
let book: Book;

/** The Kenya draft with its first talking point tailored, its second filled, and an officer's line using ICTS. */
function draft(): Book {
  const base = kenyaDraft('pdf-tailor-1');
  const slotted = new Set(framework.talkingPoints.filter((t) => t.slots).map((t) => t.id));
  const tabs = base.tabs.map((tab) => {
    const children = tab.content.root.children.map((n): SerializedNode => {
      if (n.type !== 'framework-quote' || n.itemKind === 'objective') return n;
      const run = n.children![0]!;
      const text = String(run.text);
      if (tailoredId === '') {
        tailoredId = String(n.itemId);
        return {
          ...n,
          adaptedFrom: { itemId: n.itemId, text },
          children: [{ ...run, text: `${text} ${OWN_WORDS}` }],
        };
      }
      if (slotId === '' && slotted.has(String(n.itemId))) {
        slotId = String(n.itemId);
        const slot = framework.talkingPoints.find((t) => t.id === slotId)!.slots![0]!;
        const fill = slot.fills[0]!.replace('{country}', 'Kenya');
        return { ...n, children: [{ ...run, text: text.replace(slot.generic, fill) }] };
      }
      return n;
    });
    return { ...tab, content: { ...tab.content, root: { ...tab.content.root, children } } };
  });
  tabs[0]!.content.root.children.push(p('U', 'Kenya asked about ICTS supply chains.'));
  return { ...base, tabs };
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const uses = (text: string, acronym: string) =>
  new RegExp(`(?<![A-Za-z0-9.])${escapeRe(acronym)}(?![A-Za-z0-9])`).test(text);

beforeAll(async () => {
  book = draft();
  expect(tailoredId).not.toBe('');
  expect(slotId).not.toBe('');
  const out = await renderPdf({ books: [book], framework }, { fontsDir: testFontsDir() });
  pdf = await readPdf(out.bytes);
}, 120_000);

describe('a tailored talking point in print', () => {
  it('prints the officer’s words citing "adapted from", never the cleared citation', () => {
    const text = pdf.pages.map((pg) => pg.text.replace(/\s+/g, ' ')).join(' ');
    expect(text).toContain(`${OWN_WORDS} (adapted from ${tailoredId})`);
    const point = framework.talkingPoints.find((t) => t.id === tailoredId)!;
    expect(text).not.toContain(`${OWN_WORDS} (cites ${point.cites.join(', ')})`);
  });

  it('keeps a slot-filled point cleared: it prints with its citation and the country', () => {
    const point = framework.talkingPoints.find((t) => t.id === slotId)!;
    const slot = point.slots![0]!;
    const filled = point.text.replace(slot.generic, slot.fills[0]!.replace('{country}', 'Kenya'));
    const text = pdf.pages.map((pg) => pg.text.replace(/\s+/g, ' ')).join(' ');
    expect(text).toContain(`${filled} (cites ${point.cites.join(', ')})`);
  });
});

describe('the acronym appendix', () => {
  it('is the last section, in the contents, listing exactly the glossary terms the book uses', () => {
    const start = pdf.pages.findIndex((pg) => pg.lines.some((l) => l.text === 'Acronyms'));
    // The contents page lists it too: the appendix is the last page that has it as a line.
    const last =
      pdf.pages.length -
      1 -
      [...pdf.pages].reverse().findIndex((pg) => pg.lines.some((l) => l.text === 'Acronyms'));
    expect(start).toBeGreaterThan(0);
    expect(pdf.outline.map((o) => o.title).at(-1)).toBe('Acronyms');
    const before = pdf.pages
      .slice(0, last)
      .map((pg) => pg.text)
      .join('\n');
    const appendix = pdf.pages
      .slice(last)
      .map((pg) => pg.text)
      .join('\n');
    const listed = glossary.filter((e) => appendix.includes(`(U) ${e.acronym} — `));
    const used = glossary.filter((e) => uses(before, e.acronym));
    expect(listed.map((e) => e.acronym)).toEqual(used.map((e) => e.acronym));
    // The officer's own line brought ICTS in; the framework's DEIA appears nowhere in this book.
    expect(listed.map((e) => e.acronym)).toContain('ICTS');
    expect(uses(before, 'DEIA')).toBe(false);
    expect(appendix).not.toContain('DEIA');
    expect(listed.length).toBeLessThan(glossary.length);
    expect(appendix).toContain(
      `ICTS — ${glossary.find((e) => e.acronym === 'ICTS')!.expansion}`.slice(0, 40),
    );
  });
});
