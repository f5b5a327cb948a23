// Runs a document's after-layout checks before its first page is drawn, then lets go of each page's laid-out items once it is drawn.
import * as rendererModule from 'pdfmake/js/Renderer';
import type { LaidOutPage } from './blockGuard';

/**
 * Why: pdfmake keeps every laid-out page (each word an object of some thirty properties) until the
 * whole document is drawn; for 500 pages that was about 120 MB live while drawing added its own
 * garbage on top. The checks that read the layout (block guard, pocket fit, islands) now run on
 * the laid-out pages just before drawing starts (a check that throws stops the export before any
 * drawing), and a page's items are dropped when the next page begins, so the heap shrinks while
 * pages are drawn. The page objects themselves stay (pdfmake's `_pdfMakePages`, page count).
 *
 * The checks are found through the definition's `images` dictionary: pdfmake hands that very object
 * to its pdfkit document, so concurrent renders in one process never see each other's checks.
 */

type Check = (pages: LaidOutPage[]) => void;
interface RendererThis {
  pdfDocument: { images?: object; addPage(...args: unknown[]): unknown };
}
type RenderPages = (this: RendererThis, pages: LaidOutPage[]) => unknown;

const PATCHED = Symbol.for('briefing-book-builder.laidOut');
const checks = new WeakMap<object, Check>();

/** Registers `check` for the document built from `definition` (sets its `images` dictionary if absent). */
export function onLaidOut(definition: { images?: object }, check: Check): void {
  definition.images ??= {};
  checks.set(definition.images, check);
}

function rendererClass(): { prototype: Record<string | symbol, unknown> } {
  type Cls = { prototype: Record<string | symbol, unknown> };
  const d = (rendererModule as unknown as { default: Cls | { default: Cls } }).default;
  return 'prototype' in d && typeof d.prototype.renderPages === 'function'
    ? d
    : (d as { default: Cls }).default;
}

/** Installs the check-then-release renderPages (idempotent). */
export function installLaidOutChecks(): void {
  const proto = rendererClass().prototype;
  if (proto[PATCHED]) return;
  const renderPages = proto.renderPages as RenderPages;
  proto.renderPages = function (this: RendererThis, pages: LaidOutPage[]) {
    const doc = this.pdfDocument;
    const check = doc.images ? checks.get(doc.images) : undefined;
    if (!check) return renderPages.call(this, pages);
    checks.delete(doc.images!);
    check(pages);
    // pdfmake adds page i just before drawing it: page i - 1 is finished by then.
    const addPage = doc.addPage;
    let next = 0;
    doc.addPage = function (this: unknown, ...args: unknown[]) {
      if (next > 0) pages[next - 1]!.items = [];
      next++;
      return addPage.apply(this, args);
    };
    try {
      return renderPages.call(this, pages);
    } finally {
      doc.addPage = addPage;
      if (next > 0) pages[next - 1]!.items = [];
    }
  };
  proto[PATCHED] = true;
}
