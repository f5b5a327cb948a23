// PDF tables never break a word across lines: a delegation table's city names come out whole, read back from the real PDF.
import { beforeAll, describe, expect, it } from 'vitest';
import { table, withMark } from '../../../core/book/lexicalBuilders';
import type { SerializedNode } from '../../../core/book/lexical';
import { BookSchema, type Book } from '../../../core/book/schema';
import { renderPdf } from '../../../node/pdf/renderPdf';
import { bilateralBook } from '../../fixtures/books/bilateral';
import { fixtureFramework } from '../../fixtures/books/framework';
import { readPdf, type ReadPdf } from '../../fixtures/pdfPages';
import { testFontsDir } from './testFonts';

// Labelled test text (not real delegates): long titles squeeze the short city column.
const LONG = 'Test delegate title long enough to wrap over several lines in a narrow column';
const CITIES = ['Nairobi', 'Mombasa', 'Kisumu', 'Johannesburg', 'Ouagadougou'];

function delegationTable(colWidths?: number[]): SerializedNode {
  const node = table(
    ['Side', 'Name', 'Title', 'Agency', 'City', 'Notes'],
    CITIES.map((city, i) => ['Test', `Test Person ${i + 1}`, LONG, LONG, city, LONG]),
  );
  return withMark(colWidths ? { ...node, colWidths } : node, 'U');
}

function bookWith(tables: SerializedNode[]): Book {
  const book = bilateralBook();
  const tab = book.tabs[0]!;
  tab.content = {
    root: { ...tab.content.root, children: [...tables, ...tab.content.root.children] },
  };
  return BookSchema.parse(book);
}

let pdf: ReadPdf;

beforeAll(async () => {
  const book = bookWith([
    delegationTable(),
    // Column widths as the editor stores them after a resize: the city column dragged narrow.
    delegationTable([92, 120, 200, 200, 30, 200]),
  ]);
  const out = await renderPdf(
    { books: [book], framework: fixtureFramework() },
    { fontsDir: testFontsDir() },
  );
  pdf = await readPdf(out.bytes);
});

describe('PDF tables', () => {
  it('prints every city name of the delegation tables whole, never split across lines', () => {
    // Cells of one line read back run together ("longNairobi"), so count the name as a substring:
    // a name split inside its cell comes back as "N" / "a" / "i" ... on separate lines.
    const text = pdf.pages.map((p) => p.text).join('\n');
    for (const city of CITIES) expect(text.split(city).length - 1, city).toBe(2);
  });
});
