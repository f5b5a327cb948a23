// Replaces pdfmake's per-word style resolution in TextInlines.measure: words cut from one inline share one lookup.
import * as textInlinesModule from 'pdfmake/js/TextInlines';
import { styleStackClass } from './fastStyles';

/**
 * Why: TextInlines.measure resolved about twenty style properties for every word, each a walk
 * over the word's style names and the style stack; a CPU profile of a 500-page export put about a
 * sixth of the time there. Every word pdfmake's TextBreaker cuts from one inline carries the same
 * own style-relevant properties, and the stack does not change within one measure call, so the
 * answers are the same: a word whose own values of every property read here (and its `style`
 * and `section`) are identical (===) to the previous word's reuses that word's answers. The rest
 * (widths, leading and trailing cuts) is computed per word exactly as pdfmake does.
 * test/node/pdf/fastMeasure.test.ts compares the measured words with pdfmake's original.
 */

type Item = Record<string, unknown> & { text: string };
interface Font {
  lineHeight(size: number): number;
  widthOfString(text: string, size: number, features: unknown): number;
}
interface Measurer {
  pdfDocument: { provideFont(font: unknown, bold: unknown, italics: unknown): Font };
  widthOfText(text: string, item: Item): number;
}
export interface TextInlinesClass {
  prototype: Measurer & {
    measure(this: Measurer, array: Item[], stack: unknown): Item[];
  } & Record<symbol, unknown>;
}

/** Where the install keeps pdfmake's own measure (tests compare the output of both). */
export const ORIGINAL_MEASURE = Symbol.for('briefing-book-builder.fastMeasure');
// pdfmake's own patterns (TextInlines.js): with /g, match()[0] is the whole leading/trailing run.
const LEADING = /^(\s)+/g;
const TRAILING = /(\s)+$/g;

/** Resolved properties, in pdfmake's order, with pdfmake's fallbacks. */
const RESOLVED: ReadonlyArray<readonly [string, unknown]> = [
  ['alignment', 'left'],
  ['fontSize', 12],
  ['fontFeatures', null],
  ['characterSpacing', 0],
  ['color', 'black'],
  ['decoration', null],
  ['decorationColor', null],
  ['decorationStyle', null],
  ['decorationThickness', null],
  ['background', null],
  ['link', null],
  ['linkToPage', null],
  ['linkToDestination', null],
  ['noWrap', null],
  ['opacity', 1],
  ['sup', false],
  ['sub', false],
];
const at = (name: string): number => RESOLVED.findIndex(([n]) => n === name);
const FONT_SIZE = at('fontSize');
const SUP = at('sup');
const SUB = at('sub');
/** Every own property whose value can change an answer: the resolved ones and the lookup inputs. */
const SIGNATURE: readonly string[] = [
  ...RESOLVED.map(([name]) => name),
  'font',
  'bold',
  'italics',
  'lineHeight',
  'preserveLeadingSpaces',
  'preserveTrailingSpaces',
  'style',
  'section',
];

interface Resolved {
  font: Font;
  values: unknown[];
  /** fontSize after the sup/sub reduction. */
  fontSize: number;
  lineHeight: number;
  preserveLeading: unknown;
  preserveTrailing: unknown;
}

export function textInlinesClass(): TextInlinesClass {
  const ns = textInlinesModule as unknown as {
    default: TextInlinesClass | { default: TextInlinesClass };
  };
  const d = ns.default;
  return 'prototype' in d && typeof d.prototype.measure === 'function'
    ? d
    : (d as { default: TextInlinesClass }).default;
}

/** Installs the shared-lookup measure (idempotent). */
export function installFastMeasure(): void {
  const proto = textInlinesClass().prototype;
  if (proto[ORIGINAL_MEASURE]) return;
  const original = proto.measure;
  const styles = styleStackClass();
  proto.measure = function (this: Measurer, array: Item[], stack: unknown): Item[] {
    const get = (item: Item, name: string, fallback: unknown): unknown =>
      styles.getStyleProperty(item, stack as never, name, fallback);
    if (array.length) {
      const leadingIndent = get(array[0]!, 'leadingIndent', 0) as number;
      if (leadingIndent) {
        array[0]!.leadingCut = -leadingIndent;
        array[0]!.leadingIndent = leadingIndent;
      }
    }
    let previous: unknown[] | undefined;
    let resolved: Resolved | undefined;
    for (const item of array) {
      const own = SIGNATURE.map((name) => item[name]);
      if (!resolved || !previous || own.some((v, i) => v !== previous![i])) {
        const font = this.pdfDocument.provideFont(
          get(item, 'font', 'Roboto'),
          get(item, 'bold', false),
          get(item, 'italics', false),
        );
        const values = RESOLVED.map(([name, fallback]) => get(item, name, fallback));
        let fontSize = values[FONT_SIZE] as number;
        // sup or sub: pdfmake's size reduction
        if (values[SUP] || values[SUB]) fontSize *= 0.58;
        resolved = {
          font,
          values,
          fontSize,
          lineHeight: get(item, 'lineHeight', 1) as number,
          preserveLeading: get(item, 'preserveLeadingSpaces', false),
          preserveTrailing: get(item, 'preserveTrailingSpaces', false),
        };
      }
      previous = own;
      // Named stores in pdfmake's order: computed-key stores turned the words into dictionary-mode
      // objects, which doubled the heap of a laid-out book.
      const v = resolved.values;
      item.font = resolved.font;
      item.alignment = v[0];
      item.fontSize = resolved.fontSize;
      item.fontFeatures = v[2];
      item.characterSpacing = v[3];
      item.color = v[4];
      item.decoration = v[5];
      item.decorationColor = v[6];
      item.decorationStyle = v[7];
      item.decorationThickness = v[8];
      item.background = v[9];
      item.link = v[10];
      item.linkToPage = v[11];
      item.linkToDestination = v[12];
      item.noWrap = v[13];
      item.opacity = v[14];
      item.sup = v[15];
      item.sub = v[16];
      item.width = this.widthOfText(item.text, item);
      item.height = resolved.font.lineHeight(resolved.fontSize) * resolved.lineHeight;
      if (!item.leadingCut) item.leadingCut = 0;
      if (!resolved.preserveLeading) {
        const leadingSpaces = item.text.match(LEADING);
        if (leadingSpaces) (item.leadingCut as number) += this.widthOfText(leadingSpaces[0]!, item);
      }
      item.trailingCut = 0;
      if (!resolved.preserveTrailing) {
        const trailingSpaces = item.text.match(TRAILING);
        if (trailingSpaces) item.trailingCut = this.widthOfText(trailingSpaces[0]!, item);
      }
    }
    return array;
  };
  proto[ORIGINAL_MEASURE] = original;
}
