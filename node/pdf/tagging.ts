// Draws the tagged-PDF structure: wraps pdfmake's renderer so each line, bullet and image is marked content of its element.
import * as layoutBuilderModule from 'pdfmake/js/LayoutBuilder';
import * as rendererModule from 'pdfmake/js/Renderer';
import { LABEL, TAG, type StructTag, type StructureRegistry } from '../../core/pdf/structure';
import {
  drawLineWithLinks,
  drawWithoutLinks,
  hasLink,
  installLinkRuns,
  type LinkDoc,
} from './linkTagging';

/**
 * The extension point: pdfmake 0.3 passes `tagged` to pdfkit but emits no structure. Rather than
 * patch pdfmake, this wraps four Renderer methods and LayoutBuilder.processList, once per process:
 *
 * - renderLine: the line's inlines carry a {@link TAG} (set in core/pdf/structure.ts, copied by
 *   pdfmake onto each word), so the line is drawn as marked content (BDC/EMC with an MCID) of that
 *   element. TOC lines resolve to their TOCI by link target. Lines without a tag (banners, running
 *   titles, page numbers) and table header rows repeated on later pages are artifacts. A tagged
 *   line with a linked word goes to node/pdf/linkTagging.ts, which puts the link's words and its
 *   annotation in a Link element (pdfmake's TextBreaker is wrapped there to mark link runs).
 * - renderVector: list bullets belong to their item's Lbl; borders and rules are artifacts.
 * - renderImage: Figure (with its alt text) when tagged, else artifact. renderSVG, renderWatermark:
 *   artifacts.
 * - processList: copies the Lbl tag of each item onto the marker pdfmake builds for it.
 *
 * The element tree itself (pdfkit's doc.struct / addStructure) is built from the registry, in
 * reading order, the first time a tagged item is drawn. Documents not created with `tagged` are
 * drawn untouched.
 */

export interface StructElem {
  add(child: unknown): unknown;
  end(): unknown;
}
interface PdfKitDoc extends LinkDoc {
  options?: { tagged?: boolean };
  struct(role: string, options?: Record<string, unknown>): StructElem;
  addStructure(elem: StructElem): unknown;
  markStructureContent(role: string): unknown;
  markContent(tag: string, options?: Record<string, unknown>): unknown;
  endMarkedContent(): unknown;
}
interface RendererThis {
  pdfDocument: PdfKitDoc;
}
type Inline = Record<string, unknown>;
interface Line {
  inlines: Inline[];
  /** Set on a TOC entry's page-number line. */
  _pageNodeRef?: unknown;
}

interface DocState {
  registry?: StructureRegistry;
  elems?: Map<StructTag, StructElem>;
  /** Inline arrays already drawn: pdfmake repeats header rows by cloning lines that share them. */
  drawn: WeakSet<Inline[]>;
}

const PATCHED = Symbol.for('briefing-book-builder.structureTagging');
const states = new WeakMap<PdfKitDoc, DocState>();

function stateOf(doc: PdfKitDoc): DocState {
  let state = states.get(doc);
  if (!state) {
    state = { drawn: new WeakSet() };
    states.set(doc, state);
  }
  return state;
}

/** The pdfkit element of a tag; on first use builds every element of the registry, parents first. */
function elementOf(doc: PdfKitDoc, state: DocState, tag: StructTag): StructElem {
  if (!state.elems) {
    state.registry = tag.registry;
    state.elems = new Map();
    for (const t of tag.registry.tags) {
      const options: Record<string, unknown> = {};
      if (t.alt !== undefined) options.alt = t.alt;
      if (t.scope) options.scope = t.scope;
      const elem = doc.struct(t.role, options);
      const parent = t.parent ? state.elems.get(t.parent) : undefined;
      if (parent) parent.add(elem);
      else doc.addStructure(elem);
      state.elems.set(t, elem);
    }
  }
  const elem = state.elems.get(tag);
  if (!elem) throw new Error(`A "${tag.role}" element of another document was drawn here`);
  return elem;
}

/** The pdfkit structure element drawn for `tag` in `doc` (node/pdf/tabReuse.ts attaches replayed content to it). */
export function structElement(doc: object, tag: StructTag): StructElem {
  const pdf = doc as PdfKitDoc;
  return elementOf(pdf, stateOf(pdf), tag);
}

/** A marked-content reference as pdfkit makes it: page and MCID. */
export interface MarkedContent {
  refs: Array<{ mcid: number }>;
}

/**
 * Per document: told of every structure-marked content right after it is drawn (node/pdf/tabReuse.ts
 * records which element each MCID of a page belongs to while it captures a tab's drawing).
 */
export const markObservers = new WeakMap<
  object,
  (tag: StructTag, content: MarkedContent) => void
>();

/** Draws `draw` as marked content of `tag`'s element, or as an artifact when there is no tag. */
function marked(doc: PdfKitDoc, tag: StructTag | undefined, artifact: string, draw: () => void) {
  if (!tag) {
    doc.markContent('Artifact', { type: artifact });
    draw();
    doc.endMarkedContent();
    return;
  }
  const elem = elementOf(doc, stateOf(doc), tag);
  const content = doc.markStructureContent(tag.role);
  draw();
  doc.endMarkedContent();
  elem.add(content);
  markObservers.get(doc)?.(tag, content as MarkedContent);
}

function lineTag(state: DocState, line: Line): StructTag | undefined {
  if (state.drawn.has(line.inlines)) return undefined; // a repeated table header row
  state.drawn.add(line.inlines);
  let tag: StructTag | undefined;
  for (const inline of line.inlines) {
    const dest = inline.linkToDestination;
    const registry = state.registry ?? (inline[TAG] as StructTag | undefined)?.registry;
    if (typeof dest === 'string' && registry?.tociById.has(dest))
      return registry.tociById.get(dest);
    tag ??= inline[TAG] as StructTag | undefined;
  }
  return tag;
}

/** pdfmake's classes: esbuild and Node ESM expose a CJS module's default export differently. */
function classOf(ns: unknown, method: string): { prototype: Record<string | symbol, unknown> } {
  type Cls = { prototype: Record<string | symbol, unknown> };
  const d = (ns as { default: Cls | { default: Cls } }).default;
  return 'prototype' in d && typeof d.prototype[method] === 'function'
    ? d
    : (d as { default: Cls }).default;
}

type Method = (this: RendererThis, ...args: unknown[]) => unknown;

/** Installs the wrappers (idempotent). */
export function installStructureTagging(): void {
  const renderer = classOf(rendererModule, 'renderLine').prototype;
  if (renderer[PATCHED]) return;
  const wrap = (
    name: string,
    around: (self: RendererThis, draw: () => void, args: unknown[]) => void,
  ) => {
    const original = renderer[name] as Method;
    renderer[name] = function (this: RendererThis, ...args: unknown[]) {
      if (!this.pdfDocument.options?.tagged) return original.apply(this, args);
      let result: unknown;
      around(this, () => (result = original.apply(this, args)), args);
      return result;
    };
  };
  wrap('renderLine', (self, draw, [drawn]) => {
    const doc = self.pdfDocument;
    const state = stateOf(doc);
    const line = drawn as Line;
    const tag = lineTag(state, line);
    if (!hasLink(line.inlines)) return marked(doc, tag, 'Pagination', draw);
    if (!tag) return marked(doc, tag, 'Pagination', () => drawWithoutLinks(doc, draw));
    const owner = {
      parent: elementOf(doc, state, tag),
      role: tag.role,
      toc: tag.role === 'TOCI' ? tag : null,
      pageNumber: line._pageNodeRef != null,
    };
    drawLineWithLinks(doc, owner, line.inlines, draw);
  });
  wrap('renderVector', (self, draw, [vector]) =>
    marked(self.pdfDocument, (vector as Inline)[TAG] as StructTag | undefined, 'Layout', draw),
  );
  wrap('renderImage', (self, draw, [image]) =>
    marked(self.pdfDocument, (image as Inline)[TAG] as StructTag | undefined, 'Layout', draw),
  );
  wrap('renderSVG', (self, draw) => marked(self.pdfDocument, undefined, 'Layout', draw));
  wrap('renderWatermark', (self, draw) => marked(self.pdfDocument, undefined, 'Pagination', draw));

  const builder = classOf(layoutBuilderModule, 'processList').prototype;
  const processList = builder.processList as (
    this: unknown,
    ordered: boolean,
    node: Inline,
  ) => unknown;
  builder.processList = function (this: unknown, ordered: boolean, node: Inline) {
    for (const item of ((ordered ? node.ol : node.ul) as Inline[] | undefined) ?? []) {
      const label = item?.[LABEL];
      const marker = item?.listMarker as { _inlines?: Inline[]; canvas?: Inline[] } | undefined;
      if (!label || !marker) continue;
      for (const inline of marker._inlines ?? []) inline[TAG] = label;
      for (const vector of marker.canvas ?? []) vector[TAG] = label;
    }
    return processList.call(this, ordered, node);
  };
  installLinkRuns(PATCHED);
  renderer[PATCHED] = true;
}
