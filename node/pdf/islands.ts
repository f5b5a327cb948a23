// After layout: every right-to-left island (core/pdf/bidi.ts) sits on one line and fits it, else export is refused.
import { AppFailure } from '../../core/ipc/result';
import type { LocatedText } from '../../core/pdf/preflight';

/** The parts of pdfmake's laid-out pages read here (pdfmake 0.3 Line and inline objects). */
interface LaidOutInline {
  width?: number;
  noWrap?: boolean;
  island?: { text: string; pieces: number };
}
interface LaidOutLine {
  maxWidth?: number;
  inlineWidths?: number;
  leadingCut?: number;
  trailingCut?: number;
  inlines?: LaidOutInline[];
}
interface LaidOutPage {
  items?: Array<{ type?: string; item?: LaidOutLine }>;
}

/** Tolerance for pdfmake's floating-point widths, in points. */
const EPSILON = 0.01;

/**
 * Visual order is computed per island, so an island broken over two lines, or wider than its line
 * (a noWrap run overflows the margin), would print wrong. Checks every laid-out line.
 * @throws AppFailure('unsupported-script') naming the text and where it is in the book.
 */
export function assertIslandsOnOneLine(pages: unknown, texts: LocatedText[]): void {
  if (!Array.isArray(pages)) return;
  const bad = new Set<string>();
  for (const page of pages as LaidOutPage[]) {
    for (const { type, item: line } of page.items ?? []) {
      if (type !== 'line' || !line?.inlines) continue;
      // An island's pieces all on this line (a repeated header prints the same island on every page).
      const count = new Map<{ text: string; pieces: number }, number>();
      for (const inline of line.inlines) {
        if (inline.island) count.set(inline.island, (count.get(inline.island) ?? 0) + 1);
      }
      for (const [island, n] of count) if (n % island.pieces !== 0) bad.add(island.text);
      const unbreakable = line.inlines.some((inline) => inline.noWrap);
      const used = (line.inlineWidths ?? 0) - (line.leadingCut ?? 0) - (line.trailingCut ?? 0);
      if (unbreakable && line.maxWidth !== undefined && used > line.maxWidth + EPSILON) {
        for (const inline of line.inlines) {
          if (inline.noWrap) bad.add(inline.island ? inline.island.text : textOf(inline));
        }
      }
    }
  }
  if (bad.size === 0) return;
  const described = [...bad].slice(0, 5).map((text) => {
    const where = texts.find((t) => t.text.includes(text) || text.includes(t.text))?.where;
    return `"${text.slice(0, 60)}"${where ? ` in ${where}` : ''}`;
  });
  throw new AppFailure(
    'unsupported-script',
    `Cannot print right-to-left or Thai text that does not fit on one line (the PDF engine orders right-to-left text per line and cannot wrap it): ${described.join('; ')}. Shorten it or split it into separate lines.`,
  );
}

function textOf(inline: LaidOutInline): string {
  return (inline as { text?: string }).text ?? '';
}
