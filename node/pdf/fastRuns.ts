// Draws each run of same-styled words of a line with one pdfkit text call instead of one per word: the same glyphs at the same places.
import * as rendererModule from 'pdfmake/js/Renderer';
import { TAG } from '../../core/pdf/structure';
import { hasActualText } from './actualText';

/**
 * Why: pdfmake's Renderer.renderLine draws every word on its own (its source says "TODO: lines
 * without differently styled inlines should be written to pdf as one stream"): per word a save,
 * a transform, BT, Tm, Tf, TJ, ET and a restore. Drawing was about a third of a 500-page export.
 *
 * Here consecutive words of a line are drawn as one run when nothing can tell the difference:
 * - same font, size, colour, opacity, structure tag, no character spacing, no font features, no
 *   sup/sub, no link, decoration, background or justification shift, no page reference;
 * - the first word ends in a space and the second starts where the first ends. pdfkit lays out
 *   text word by word, cutting after each space, so the run is laid out in exactly the same
 *   pieces as the separate words were, and glyphs land on the same positions;
 * - neither word carries an ActualText span (node/pdf/actualText.ts keys them by drawn text);
 * - the line has no link and no page reference at all (node/pdf/linkTagging.ts matches each text
 *   call of such a line with its word).
 * The laid-out line is not changed (the block guard and the tagging read it); the renderer gets a
 * view of it with the merged words. Must be installed before node/pdf/tagging.ts wraps renderLine,
 * so tagging still sees pdfmake's own lines (it recognises repeated table header rows by them).
 */

type Inline = Record<string, unknown> & { text: string; x: number; width: number };
interface Line {
  inlines: Inline[];
  _pageNodeRef?: unknown;
}
type Method = (this: unknown, line: Line, ...rest: unknown[]) => unknown;

const PATCHED = Symbol.for('briefing-book-builder.fastRuns');
const TAGGING = Symbol.for('briefing-book-builder.structureTagging');
/** Properties that must be equal (===) for two words to be drawn as one run. */
const SAME: readonly string[] = ['font', 'fontSize', 'color', 'opacity', TAG];
/** Properties that must be empty on both words. */
const NONE: readonly string[] = [
  'characterSpacing',
  'fontFeatures',
  'sup',
  'sub',
  'link',
  'linkToDestination',
  'linkToPage',
  'decoration',
  'background',
  'justifyShift',
  '_pageNodeRef',
];
const EPSILON = 1e-6;

function plain(inline: Inline): boolean {
  for (const name of NONE) if (inline[name]) return false;
  return !hasActualText(inline.text);
}

function joins(a: Inline, b: Inline): boolean {
  for (const name of SAME) if (a[name] !== b[name]) return false;
  return a.text.endsWith(' ') && Math.abs(a.x + a.width - b.x) < EPSILON;
}

/** The line's words with mergeable neighbours joined, or null when nothing joins. */
export function mergedInlines(inlines: readonly Inline[]): Inline[] | null {
  let out: Inline[] | null = null;
  for (let i = 0; i < inlines.length; i++) {
    const inline = inlines[i]!;
    const last = out?.[out.length - 1] ?? (i > 0 ? inlines[i - 1]! : undefined);
    if (last && plain(inline) && plain(last) && joins(last, inline)) {
      out ??= inlines.slice(0, i);
      const joined: Inline = {
        ...last,
        text: last.text + inline.text,
        width: last.width + inline.width,
        trailingCut: inline.trailingCut,
      };
      out[out.length - 1] = joined;
    } else out?.push(inline);
  }
  return out;
}

/** pdfmake's Renderer class (esbuild and Node ESM expose a CJS default export differently). */
function rendererClass(): { prototype: Record<string | symbol, unknown> } {
  type Cls = { prototype: Record<string | symbol, unknown> };
  const d = (rendererModule as unknown as { default: Cls | { default: Cls } }).default;
  return 'prototype' in d && typeof d.prototype.renderLine === 'function'
    ? d
    : (d as { default: Cls }).default;
}

/** Installs the run-joining renderLine (idempotent). Call before installStructureTagging. */
export function installFastRuns(): void {
  const proto = rendererClass().prototype;
  if (proto[PATCHED]) return;
  if (proto[TAGGING])
    throw new Error('installFastRuns must run before installStructureTagging wraps renderLine');
  const renderLine = proto.renderLine as Method;
  proto.renderLine = function (this: unknown, line: Line, ...rest: unknown[]) {
    // A line with a link is left whole: node/pdf/linkTagging.ts follows its words one text call each.
    const whole = line._pageNodeRef || line.inlines.some((w) => w.link || w.linkToDestination);
    const merged = whole ? null : mergedInlines(line.inlines);
    if (!merged) return renderLine.call(this, line, ...rest);
    // A view of the line: its methods (height, ascender) read the merged words, which measure the same.
    const view = Object.create(line) as Line;
    view.inlines = merged;
    return renderLine.call(this, view, ...rest);
  };
  proto[PATCHED] = true;
}
