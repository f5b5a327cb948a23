// pdfmake content for numbered copies and addenda: "Copy k of N" and the recipient beside each banner, and an addendum's change list.
import type { Content, ContentText } from 'pdfmake/interfaces';
import type { BlockChange } from '../book/changeList';
import { copyLabel, type CopyStamp } from '../book/distribution';
import { formatDate } from './cover';
import { scriptInlines, type ConvertContext } from './inline';
import { PAGE } from './styles';

/** What an addendum prints after its cover. */
export interface AddendumFront {
  number: number;
  /** When the copies (or the previous addendum) it updates were distributed (ISO datetime). */
  since: string;
  changes: BlockChange[];
  /** Titles of tabs distributed before and gone now. */
  removedTabs: string[];
  /** The book's banner mark as a portion mark, e.g. "SBU": the change list quotes the book's words. */
  mark: string;
}

/** A copy's stamp, ready to print: the label and the recipient as script-aware inlines. */
export interface PrintedStamp {
  label: string;
  recipient: ContentText[];
}

export function printedStamp(stamp: CopyStamp, ctx: ConvertContext): PrintedStamp {
  return { label: copyLabel(stamp), recipient: scriptInlines(stamp.recipient, ctx) };
}

/** Side column width: fixed, so the banner stays centred wherever the row is drawn. */
const SIDE = 116;
const GAP = 6;

/**
 * The banner line: the banner alone, or the copy label on its left and the recipient on its
 * right, in equal fixed side columns so the banner stays centred over the text width.
 */
export function bannerRow(banner: string, stamp: PrintedStamp | undefined): Content {
  if (!stamp) return { text: banner, style: 'banner' };
  const middle = PAGE.width - PAGE.margins[0] - PAGE.margins[2] - 2 * SIDE - 2 * GAP;
  return {
    columns: [
      { width: SIDE, text: stamp.label, style: 'copyStamp', alignment: 'left' },
      { width: middle, text: banner, style: 'banner' },
      { width: SIDE, text: stamp.recipient, style: 'copyStamp', alignment: 'right' },
    ],
    columnGap: GAP,
  };
}

/** The cover's background banners (the cover has no header or footer), with the stamp beside them. */
export function stampedCoverBackground(banner: string, stamp: PrintedStamp): Content {
  const side = [PAGE.margins[0], 0, PAGE.margins[2], 0] as const;
  return {
    stack: [
      { stack: [bannerRow(banner, stamp)], margin: [side[0], 24, side[2], 0] },
      {
        stack: [bannerRow(banner, stamp)],
        absolutePosition: { x: side[0], y: PAGE.height - 36 },
      },
    ],
  };
}

const KIND: Record<BlockChange['kind'], string> = {
  added: 'Added',
  removed: 'Removed',
  changed: 'Changed',
};

/** The change list at the front of an addendum: one row per block (tab, block, what changed). */
export function addendumFrontContent(front: AddendumFront, ctx: ConvertContext): Content[] {
  const since = formatDate(front.since.slice(0, 10));
  const rows: Content[][] = front.changes.map((c) => [
    { text: scriptInlines(c.tab, ctx), style: 'tableCell' },
    { text: `${KIND[c.kind]}, block ${c.block}`, style: 'tableCell' },
    { text: scriptInlines(c.summary, ctx), style: 'tableCell' },
  ]);
  for (const title of front.removedTabs)
    rows.push([
      { text: scriptInlines(title, ctx), style: 'tableCell' },
      { text: 'Tab removed', style: 'tableCell' },
      { text: 'The whole tab was withdrawn.', style: 'tableCell' },
    ]);
  return [
    { text: `Addendum ${front.number}: what changed`, style: 'tabHeading' },
    {
      text: `(${front.mark}) This addendum replaces the tabs below in the copies distributed on ${since}. Only the changed tabs follow.`,
      style: 'body',
    },
    rows.length === 0
      ? { text: `(${front.mark}) No block changed.`, style: 'body' }
      : {
          table: {
            headerRows: 1,
            widths: [110, 80, '*'],
            body: [
              [
                { text: 'Tab', style: 'tableHeader' },
                { text: 'Block', style: 'tableHeader' },
                { text: 'Change', style: 'tableHeader' },
              ],
              ...rows,
            ],
          },
          layout: 'lightHorizontalLines',
        },
  ];
}
