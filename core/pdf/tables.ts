// Lexical tables (participants, schedule) to pdfmake tables: header row repeated, col/row spans mapped to a grid.
import type { Content, TableCell } from 'pdfmake/interfaces';
import type { SerializedNode } from '../book/lexical';
import type { ConvertContext } from './inline';
import { plainText } from './portions';

/** Converts a cell's blocks (paragraphs, lists) without portion marks: the table is the portion. */
export type CellConverter = (blocks: SerializedNode[], ctx: ConvertContext) => Content[];

/** Paragraph spacing inside a cell: small between blocks, none after the last (the cell has padding). */
function tight(blocks: Content[]): Content[] {
  return blocks.map((b, i) =>
    typeof b === 'object' && !Array.isArray(b)
      ? ({ ...b, margin: [0, 0, 0, i < blocks.length - 1 ? 3 : 0] } as Content)
      : b,
  );
}

/** Short columns (times, "Side") get their natural width; text columns share the rest. */
function autoWidths(rows: SerializedNode[][], width: number): string[] {
  const longest = Array<number>(width).fill(0);
  for (const row of rows) {
    row.forEach((cell, i) => {
      if (i < width && span(cell.colSpan) === 1)
        longest[i] = Math.max(longest[i]!, plainText(cell).trim().length);
    });
  }
  const widths = longest.map((n) => (n <= 14 ? 'auto' : '*'));
  if (!widths.includes('*')) widths[widths.length - 1] = '*'; // the table still spans the page
  return widths;
}

/**
 * Column widths stored by the editor, as pdfmake widths that never split a word. Why not
 * percentages: pdfmake holds a percentage column to its width even when a word is wider, and
 * breaks the word inside it ("Nairob" / "i"). A column narrower than an even share becomes
 * 'auto' (its natural width, never below its longest word); the others share the rest.
 */
function storedWidths(colWidths: readonly number[]): string[] {
  const total = colWidths.reduce((a, b) => a + b, 0);
  const even = total / colWidths.length;
  const widths = colWidths.map((w) => (w < even ? 'auto' : '*'));
  if (!widths.includes('*')) widths[widths.length - 1] = '*'; // the table still spans the page
  return widths;
}

const span = (v: unknown): number =>
  typeof v === 'number' && v > 1 ? Math.min(Math.floor(v), 50) : 1;
/** Lexical's header state bits: 1 = row header, 2 = column header. */
const isHeader = (cell: SerializedNode): boolean =>
  typeof cell.headerState === 'number' && cell.headerState !== 0;

/**
 * Builds a pdfmake table. The first row is the header (repeated on each page) when its cells say
 * so, or when the table carries no header state at all (templates' participant/schedule tables).
 */
export function tableToPdfmake(
  table: SerializedNode,
  ctx: ConvertContext,
  cellBlocks: CellConverter,
): Content {
  const rows = (table.children ?? []).map((row) => {
    if (row.type !== 'tablerow')
      throw new Error(`A table holds a "${row.type}" node where a row was expected`);
    return (row.children ?? []).map((cell) => {
      if (cell.type !== 'tablecell')
        throw new Error(`A table row holds a "${cell.type}" node where a cell was expected`);
      return cell;
    });
  });
  const anyHeaderState = rows.some((r) => r.some((c) => 'headerState' in c));
  const firstIsHeader =
    rows.length > 1 && (anyHeaderState ? (rows[0] ?? []).every(isHeader) : true);
  const width = Math.max(1, ...rows.map((r) => r.reduce((n, c) => n + span(c.colSpan), 0)));
  // Grid mapping: cells covered by a row span above are absent from Lexical rows but pdfmake wants placeholders.
  const covered = new Set<string>();
  const body: TableCell[][] = rows.map((cells, r) => {
    const out: TableCell[] = [];
    let col = 0;
    for (const cell of cells) {
      while (covered.has(`${r}:${col}`)) {
        out.push({});
        col++;
      }
      const cs = span(cell.colSpan);
      const rs = span(cell.rowSpan);
      const header = (r === 0 && firstIsHeader) || isHeader(cell);
      out.push({
        stack: tight(cellBlocks(cell.children ?? [], ctx)),
        colSpan: cs,
        rowSpan: rs,
        style: header ? 'tableHeader' : 'tableCell',
        fillColor: header ? '#e8ecf1' : undefined,
      });
      for (let dc = 1; dc < cs; dc++) out.push({});
      for (let dr = 1; dr < rs; dr++)
        for (let dc = 0; dc < cs; dc++) covered.add(`${r + dr}:${col + dc}`);
      col += cs;
    }
    while (out.length < width) out.push(covered.has(`${r}:${out.length}`) ? {} : { text: '' });
    return out;
  });
  const colWidths = Array.isArray(table.colWidths)
    ? (table.colWidths as unknown[]).filter((w): w is number => typeof w === 'number' && w > 0)
    : [];
  const widths = colWidths.length === width ? storedWidths(colWidths) : autoWidths(rows, width);
  return {
    table: { headerRows: firstIsHeader ? 1 : 0, widths, body, dontBreakRows: true },
    layout: {
      hLineWidth: () => 0.5,
      vLineWidth: () => 0.5,
      hLineColor: () => '#9aa5b1',
      vLineColor: () => '#9aa5b1',
      paddingLeft: () => 5,
      paddingRight: () => 5,
      paddingTop: () => 3,
      paddingBottom: () => 3,
    },
    margin: [0, 0, 0, 8],
  };
}
