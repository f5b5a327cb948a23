// Re-export reuse: a tab whose converted content is unchanged since an earlier export in this process is neither laid out nor drawn again; the drawn body of its pages is replayed.
import { createHash } from 'node:crypto';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import * as layoutBuilderModule from 'pdfmake/js/LayoutBuilder';
import * as rendererModule from 'pdfmake/js/Renderer';
import { STAMP } from '../../core/pdf/blockStamps';
import { TAG, type StructTag } from '../../core/pdf/structure';
import { printedTabs, TAB_BODY, type TabBodyPlaceholder } from '../../core/pdf/tabBodies';
import { capturing, docRecord, replay, replayable } from './reuse/drawnFragments';
import type {
  Capture,
  CaptureFlag,
  DocRecord,
  EmbeddedFont,
  Node,
  PdfDoc,
  Replay,
  ReplayPlan,
  Seeded,
  TabEntry,
  TabSegment,
} from './reuse/reuseTypes';
import { cachedTab, remember, rememberBody } from './reuse/tabCache';

export { clearTabReuse, tabBodies, tabReuseSize } from './reuse/tabCache';

/**
 * Why: an officer edits one tab of a 200-page book and exports again; laying out and drawing the
 * other tabs again cost ~95 % of that export. Every tab starts on a new page and prints nothing
 * that depends on where it sits in the book (page numbers, banners and running heads are page
 * furniture, drawn apart from the body), so the operators that drew a tab's body can be written
 * again verbatim into the next export.
 *
 * How, per export:
 * 1. {@link planReuse}, before layout: every tab's key is a hash of its converted pdfmake nodes
 *    (with its structure elements and block stamps numbered within the tab) and of the page
 *    geometry, styles and fonts. A tab found in the cache keeps its heading; its body becomes one
 *    empty marker per page it printed on (buildDocument may already have left the body out:
 *    core/pdf/tabBodies.ts). Its blocks count as printed for the block guard: they printed in the
 *    export the drawing comes from, which passed the guard.
 * 2. {@link ReusePlan.seed}, before layout: the document opens the fonts, glyphs and opacity states
 *    of the export most reused tabs come from in that export's order, so they get the same names
 *    and glyph ids here.
 * 3. {@link ReusePlan.prepare}, after layout: proves the markers sit one per page on as many pages
 *    as the tab printed on before (else the export is laid out again without reuse), and puts
 *    capture markers around the body items of every other tab.
 * 4. While drawing (node/pdf/reuse/drawnFragments.ts): capture markers note where a tab's body
 *    operators start and end in the page's stream and which structure element each MCID belongs
 *    to; when the page ends its stream is kept, compressed, with its hash (pageStreams.ts). A
 *    replay marker writes its page's operators, unchanged when the seed made every name the same,
 *    else translated (font names, glyph ids through the font's own glyphs, opacity states, MCIDs),
 *    and joins each marked content to the same element of this document's structure tree; a page
 *    that comes out exactly as before is written with its kept compressed stream.
 * 5. {@link ReusePlan.commit}, after the file is written: captured tabs enter the cache.
 *
 * What is never reused (drawn afresh every time): tabs with links, images, named destinations or
 * anything else whose drawing makes objects besides the page's fonts and opacity states; tabs that
 * do not start on a new page or run on into the next one (pocket card); books whose scripts
 * print with ActualText spans. test/node/pdf/tabReuse.test.ts compares a reusing export with a
 * fresh one page by page (pixels, text, structure tree, outline, fonts).
 */

// ---------------------------------------------------------------------------------------------
// Before layout: the tabs, their keys, and the markers that stand for reused ones.

const TAB_ID = /^b\d+-t\d+$/;
/** Nodes that start a tab, an acronym list or a book: where the previous tab's pages end. */
const BOUNDARY_ID = /^b\d+(-t\d+|-acronyms)?$/;
/** A marker vector's property: which entry and page it stands for. */
const REPLAY = 'bbbReplay';
/** A laid-out page's items from before pdfmake added headers and footers: page body, not furniture. */
const BODY = Symbol('bbbBody');
/** A capture marker vector's property: the capture it starts or ends. */
const CAPTURE = 'bbbCapture';
const captureMarker = (flag: CaptureFlag, start: boolean): LaidOutItem => ({
  type: 'vector',
  item: { [CAPTURE]: { flag, start } },
});

/** Thrown after layout when markers did not land as planned: the export is laid out again without reuse. */
export class ReuseMismatch extends Error {}

/** Everything outside a tab's nodes that shapes how it lays out and draws. */
function contextOf(definition: TDocumentDefinitions, fonts: unknown, margins: unknown): string {
  const d = definition as unknown as Record<string, unknown>;
  return JSON.stringify([
    d.pageSize,
    margins ?? d.pageMargins,
    d.styles,
    d.defaultStyle,
    d.tagged,
    fonts,
  ]);
}

const STAMPS = new RegExp(`"${STAMP}":(\\d+)`, 'g');

/**
 * The tab's key and its block stamps. Its JSON numbers structure elements and block stamps within
 * the tab (tags print their `local` number, stamps are counted from the tab's first), so the key
 * does not change when a tab before it gains or loses blocks.
 */
function keyOf(
  nodes: unknown[],
  tags: StructTag[],
  context: string,
): { key: string; stamps: number[] } {
  tags.forEach((tag, i) => (tag.local = i));
  let json: string;
  let shape: string;
  try {
    json = JSON.stringify(nodes);
    shape = tags
      .map((t) => `${t.role}<${t.parent?.local ?? ''}|${t.alt ?? ''}|${t.scope ?? ''}`)
      .join(',');
  } finally {
    for (const tag of tags) tag.local = undefined;
  }
  const stamps: number[] = [];
  json = json.replace(STAMPS, (_, n: string) => {
    stamps.push(Number(n));
    return `"${STAMP}":${Number(n) - stamps[0]!}`;
  });
  const key = createHash('sha256').update(context).update(shape).update(json).digest('base64');
  return { key, stamps };
}

/** The markers standing for a reused tab's body: one per page it printed on. */
function markers(entry: TabEntry): Node[] {
  return entry.pages.map((_, page) => ({
    canvas: [{ type: 'line', x1: 0, y1: 0, x2: 0, y2: 0, lineWidth: 0, [REPLAY]: { entry, page } }],
    ...(page > 0 ? { pageBreak: 'before' } : {}),
  }));
}

/**
 * Finds the book's tabs in `definition`, keys them, and replaces the body of every cached tab with
 * markers (in place). Call before layout, once per definition.
 */
export function planReuse(
  definition: TDocumentDefinitions,
  fonts: unknown,
  placeholders = 0,
): ReusePlan {
  let placed = 0;
  const sections = (Array.isArray(definition.content)
    ? definition.content
    : []) as unknown as Node[];
  const segments: TabSegment[] = [];
  for (const section of sections) {
    const nodes = section.section as Node[] | undefined;
    if (!Array.isArray(nodes)) continue;
    const context = contextOf(definition, fonts, section.pageMargins);
    // Last to first: a replaced body shifts the nodes after it.
    const found: Array<{ start: number; end: number }> = [];
    for (let i = 0; i < nodes.length; i++) {
      const id = nodes[i]?.id;
      if (typeof id !== 'string' || !TAB_ID.test(id)) continue;
      let end = i + 1;
      while (end < nodes.length && !BOUNDARY_ID.test(String(nodes[end]?.id ?? ''))) end++;
      const startsPage = i === 0 || nodes[i]!.pageBreak === 'before';
      const endsPage = end === nodes.length || nodes[end]!.pageBreak === 'before';
      if (startsPage && endsPage) found.push({ start: i, end });
    }
    for (const { start, end } of found.reverse()) {
      const heading = nodes[start]!;
      const printed = printedTabs.get(heading);
      if (!printed) continue;
      const tags = printed.elements;
      const h1 = tags[1]!;
      const placeholder = nodes[start + 1]?.[TAB_BODY] as TabBodyPlaceholder | undefined;
      let keyed: { key: string; stamps: number[] };
      if (placeholder && end === start + 2) {
        keyed = { key: placeholder.token as string, stamps: placeholder.stamps };
        placed++;
      } else {
        keyed = keyOf(nodes.slice(start, end), tags, context);
        const { converted } = printed;
        if (converted) rememberBody(converted.source, converted.recipe, keyed.key);
      }
      const hit = cachedTab(keyed.key);
      if (placeholder && !hit) throw new ReuseMismatch('a tab body left out is no longer cached');
      segments.push({ heading, h1, tags, ...keyed, ...(hit ? { hit } : {}) });
      if (hit) nodes.splice(start + 1, end - start - 1, ...markers(hit));
    }
  }
  if (placed !== placeholders)
    throw new ReuseMismatch('a tab body left out is not where a reused tab can stand');
  return new ReusePlan(segments.reverse());
}

// ---------------------------------------------------------------------------------------------
// After layout: check the markers, flag what to capture.

interface LaidOutItem {
  type: string;
  item: Node;
}
interface LaidOutPage {
  items: LaidOutItem[];
  [BODY]?: LaidOutItem[];
}

/** The page's body items, in drawing order. */
function bodyOf(page: LaidOutPage): LaidOutItem[] {
  const body = new Set(page[BODY] ?? []);
  return page.items.filter((e) => body.has(e));
}

/** A section's top-level nodes, before layout (an array) or after (pdfmake wraps it in a stack). */
function sectionNodes(section: Node | undefined): Node[] {
  const body = (section?.section ?? section) as Node | Node[] | undefined;
  if (Array.isArray(body)) return body;
  return Array.isArray(body?.stack) ? (body.stack as Node[]) : [];
}

/** The first page (1-based) of each node with a boundary id, in every section. */
function boundaryPages(definition: TDocumentDefinitions): number[] {
  const pages: number[] = [];
  const content = definition.content as unknown;
  for (const section of (Array.isArray(content) ? content : []) as Node[]) {
    for (const node of sectionNodes(section)) {
      const page = (node?.positions as Array<{ pageNumber: number }> | undefined)?.[0]?.pageNumber;
      if (typeof node?.id === 'string' && BOUNDARY_ID.test(node.id) && typeof page === 'number')
        pages.push(page);
    }
  }
  return pages.sort((a, b) => a - b);
}

const isHeadingLine = (entry: LaidOutItem, h1: StructTag): boolean =>
  entry.type === 'line' &&
  ((entry.item.inlines as Node[] | undefined) ?? []).every((inline) => inline[TAG] === h1);

/** Why a body item cannot be replayed from its drawn operators alone, if it cannot. */
function unreplayable(entry: LaidOutItem): string | undefined {
  if (entry.type === 'vector') return undefined;
  if (entry.type !== 'line') return entry.type;
  const line = entry.item;
  if (line._outline || line.id || line._pageNodeRef) return 'outline or destination';
  for (const inline of (line.inlines as Node[] | undefined) ?? []) {
    if (inline.link || inline.linkToDestination || inline.linkToPage || inline._pageNodeRef)
      return 'link';
  }
  return undefined;
}

export class ReusePlan implements ReplayPlan {
  private captures: Capture[] = [];
  /** Pages replayed; of them, written unchanged; and whose compressed stream was reused. */
  readonly stats = { pages: 0, unchanged: 0, keptStreams: 0 };
  /** The document most reused tabs were drawn in: this one numbers its fonts and glyphs the same. */
  private readonly seedRecord: DocRecord | undefined;
  seeded: Seeded | undefined;

  constructor(private readonly segments: TabSegment[]) {
    const counts = new Map<DocRecord, number>();
    for (const s of segments) if (s.hit) counts.set(s.hit.doc, (counts.get(s.hit.doc) ?? 0) + 1);
    this.seedRecord = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  }

  /**
   * Before layout: opens the seed record's fonts in its order and puts its glyphs into their
   * subsets in its order, and registers its opacity states, so that in this document they carry
   * the same resource names and glyph ids. The reused pages drawn in that document are then
   * written unchanged, and a page that comes out the same as there keeps its compressed stream.
   * What does not come out the same (a font opened earlier here) is translated on replay instead.
   */
  seed(doc: PdfDoc): void {
    const record = this.seedRecord;
    if (!record || this.seeded) return;
    const fonts = new Map<string, EmbeddedFont>();
    const byNumber = (a: string, b: string) =>
      Number(a.replace(/\D/g, '')) - Number(b.replace(/\D/g, ''));
    for (const id of [...record.fonts.keys()].sort(byNumber)) {
      const rec = record.fonts.get(id)!;
      // A font this book no longer uses (its text was deleted) is not in this document's fonts;
      // the numbering after it then differs, and fragments using later fonts are translated.
      if (doc.getFontFile(rec.family, rec.bold, rec.italics) === null) break;
      const font = doc.provideFont(rec.family, rec.bold, rec.italics);
      const subset = font.subset;
      if (font.id !== id || !subset || subset.glyphs.length !== 1) continue;
      let same = true;
      // Glyphs drawn there have their text; the composite parts the subset added while being
      // written come after them and have none: they are left for this document to add again.
      for (let g = 1; g < rec.unicode.length && rec.unicode[g] != null; g++) {
        if (subset.includeGlyph(rec.glyphs[g]!) !== g) {
          same = false;
          break;
        }
        font.widths[g] = rec.widths[g]!;
        font.unicode[g] = rec.unicode[g];
      }
      if (same) fonts.set(id, font);
    }
    const opacities = new Map<string, unknown>();
    for (const name of [...record.opacities.keys()].sort(byNumber)) {
      const [fill, stroke] = record.opacities.get(name)!;
      const key = `${fill}_${stroke}`;
      if (doc._opacityRegistry[key]) continue;
      // What pdfkit's _doOpacity registers, without a page to draw on yet.
      const dictionary = doc.ref({
        Type: 'ExtGState',
        ...(fill !== null ? { ca: fill } : {}),
        ...(stroke !== null ? { CA: stroke } : {}),
      });
      dictionary.end();
      const ours = `Gs${++doc._opacityCount}`;
      doc._opacityRegistry[key] = [dictionary, ours];
      if (ours === name) opacities.set(name, dictionary);
    }
    this.seeded = { record, fonts, opacities };
  }

  /** Block stamps of the reused tabs (printed in the export their drawing comes from). */
  get reusedStamps(): number[] {
    return this.segments.flatMap((s) => (s.hit ? s.stamps : []));
  }

  /** Tabs reused in this export. */
  get reused(): number {
    return this.segments.filter((s) => s.hit).length;
  }

  /**
   * Checks the markers and flags the items to capture, on the laid-out pages of the definition
   * this plan was made for.
   * @throws ReuseMismatch when a reused tab did not lay out as its cached pages.
   */
  prepare(definition: TDocumentDefinitions, pages: LaidOutPage[]): void {
    const bounds = boundaryPages(definition);
    for (const segment of this.segments) {
      const first = (segment.heading.positions as Array<{ pageNumber: number }> | undefined)?.[0]
        ?.pageNumber;
      if (typeof first !== 'number') {
        if (segment.hit) throw new ReuseMismatch('a reused tab heading did not print');
        continue;
      }
      const next = bounds.find((p) => p > first) ?? pages.length + 1;
      const range = pages.slice(first - 1, next - 1);
      if (segment.hit) this.checkMarkers(segment, segment.hit, range);
      else this.flagCapture(segment, range);
    }
    for (const page of pages) delete page[BODY];
  }

  private checkMarkers(segment: TabSegment, entry: TabEntry, range: LaidOutPage[]): void {
    if (range.length !== entry.pages.length)
      throw new ReuseMismatch(`a reused tab took ${range.length} pages, not ${entry.pages.length}`);
    range.forEach((page, k) => {
      const body = bodyOf(page);
      const marks = body.filter((e) => e.item[REPLAY]);
      const heading = k === 0 ? body.filter((e) => isHeadingLine(e, segment.h1)).length : 0;
      const replay = marks[0]?.item[REPLAY] as Replay | undefined;
      if (
        marks.length !== 1 ||
        replay?.entry !== entry ||
        replay.page !== k ||
        heading !== (k === 0 ? entry.headingLines : 0) ||
        body.length !== heading + 1
      )
        throw new ReuseMismatch(`a reused tab's page ${k + 1} did not lay out as planned`);
      replay.tags = segment.tags;
      replay.plan = this;
    });
  }

  private flagCapture(segment: TabSegment, range: LaidOutPage[]): void {
    let headingLines = 0;
    const bodies = range.map(bodyOf);
    for (const [k, body] of bodies.entries()) {
      for (const entry of body) {
        if (isHeadingLine(entry, segment.h1)) {
          if (k > 0) return; // a heading over two pages: not worth the special case
          headingLines++;
        } else if (unreplayable(entry)) return;
      }
    }
    const capture: Capture = {
      segment,
      headingLines,
      pages: range.map(() => ({ ranges: [], marks: [], roles: [], firstMcid: -1 })),
      local: new Map(segment.tags.map((t, i) => [t, i])),
    };
    // Each run of captured items (the body, less the heading's lines) between two markers: the
    // markers note where its operators start and end in the page's stream.
    range.forEach((page, k) => {
      const flag = { capture, fragment: capture.pages[k]! };
      const captured = new Set(bodies[k]!.filter((e) => !isHeadingLine(e, segment.h1)));
      const items: LaidOutItem[] = [];
      let open = false;
      for (const entry of page.items) {
        const inRun = captured.has(entry);
        if (inRun !== open) items.push(captureMarker(flag, inRun));
        open = inRun;
        items.push(entry);
      }
      if (open) items.push(captureMarker(flag, false));
      page.items = items;
    });
    this.captures.push(capture);
  }

  /** After the document is written: captured tabs enter the cache, reused ones move to its end. */
  commit(doc: object): void {
    for (const s of this.segments) if (s.hit) remember(s.key, s.hit);
    if (this.captures.length === 0) return;
    const record = docRecord(doc as PdfDoc);
    for (const capture of this.captures) {
      const pages = capture.pages;
      // A page where no captured item drew (a kept block moved on) has an empty fragment.
      for (const f of pages) {
        if (f.ranges.length > 0 || f.spoiled) continue;
        f.fonts = [];
        f.opacities = [];
      }
      if (!pages.every((f) => replayable(f, record))) continue;
      const size = pages.reduce((n, f) => n + (f.page?.deflated.length ?? 0), 0);
      remember(capture.segment.key, {
        pages: pages.map(({ page, ranges, marks, roles, firstMcid, fonts, opacities }) => ({
          ...(page ? { page } : {}),
          ranges,
          marks,
          roles,
          firstMcid,
          fonts: fonts!,
          opacities: opacities!,
        })),
        headingLines: capture.headingLines,
        doc: record,
        size,
      });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The hooks into pdfmake.

type Cls = { prototype: Record<string | symbol, unknown> };
function classOf(ns: unknown, method: string): Cls {
  const d = (ns as { default: Cls | { default: Cls } }).default;
  return 'prototype' in d && typeof d.prototype[method] === 'function'
    ? d
    : (d as { default: Cls }).default;
}

const PATCHED = Symbol.for('briefing-book-builder.tabReuse');
/** On a LayoutBuilder: the document it lays out has a reuse plan. */
const PLANNED = Symbol('bbbReusePlanned');

/**
 * Plans by their definition's `images` dictionary: pdfmake hands that very object to its pdfkit
 * document, so the layout hook finds the plan of the document it lays out (as node/pdf/laidOut.ts).
 */
const plans = new WeakMap<object, ReusePlan>();

/** Ties `plan` to the document pdfmake will make from `definition` (before createPdf). */
export function bindReusePlan(definition: { images?: object }, plan: ReusePlan): void {
  definition.images ??= {};
  plans.set(definition.images, plan);
}
type Method = (this: { pdfDocument: PdfDoc }, ...args: unknown[]) => unknown;

/**
 * Installs the hooks (idempotent). Install after every other Renderer wrapper: a marker must not
 * reach the structure tagging, and a captured item's operators include its marked-content ones.
 */
export function installTabReuse(): void {
  const renderer = classOf(rendererModule, 'renderLine').prototype;
  if (renderer[PATCHED]) return;
  // Markers are vectors: only renderVector looks for them, every other item is drawn untouched.
  const renderVector = renderer.renderVector as Method;
  renderer.renderVector = function (this: { pdfDocument: PdfDoc }, ...args: unknown[]) {
    const item = args[0] as Node | undefined;
    const marker = item?.[REPLAY] as Replay | undefined;
    if (marker) return replay(this.pdfDocument, marker);
    const capture = item?.[CAPTURE] as { flag: CaptureFlag; start: boolean } | undefined;
    if (capture) return capturing(this.pdfDocument, capture.flag, capture.start);
    return renderVector.apply(this, args);
  };
  const builder = classOf(layoutBuilderModule, 'addHeadersAndFooters').prototype;
  const layoutDocument = builder.layoutDocument as (this: unknown, ...args: unknown[]) => unknown;
  builder.layoutDocument = function (this: Record<symbol, unknown>, ...args: unknown[]) {
    const doc = args[1] as PdfDoc;
    const plan = doc?.images ? plans.get(doc.images) : undefined;
    plan?.seed(doc);
    this[PLANNED] = plan !== undefined;
    return layoutDocument.apply(this, args);
  };
  const addHeadersAndFooters = builder.addHeadersAndFooters as (
    this: { writer: { context(): { pages: LaidOutPage[] } } },
    ...args: unknown[]
  ) => unknown;
  builder.addHeadersAndFooters = function (
    this: { writer: { context(): { pages: LaidOutPage[] } }; [PLANNED]?: boolean },
    ...args: unknown[]
  ) {
    // Only for a planned export, and dropped by prepare(): node/pdf/laidOut.ts lets go of each
    // page's laid-out words once it is drawn, and a copy kept here would hold them all.
    if (this[PLANNED])
      for (const page of this.writer.context().pages) page[BODY] = page.items.slice();
    return addHeadersAndFooters.apply(this, args);
  };
  renderer[PATCHED] = true;
}
