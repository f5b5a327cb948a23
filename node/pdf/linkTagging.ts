// Link structure elements of the tagged PDF: a link's words are marked content of a Link element that also holds an OBJR to its annotation.
import * as textBreakerModule from 'pdfmake/js/TextBreaker';

/**
 * PDF/UA-1 (7.18.5) wants every link annotation inside a `Link` structure element holding an object
 * reference (OBJR) to the annotation next to the link's marked text; the annotation gets a
 * `/StructParent` (its ParentTree entry names the Link element) and a `/Contents` description.
 *
 * node/pdf/tagging.ts hands every tagged line with a linked word to {@link drawLineWithLinks}. While
 * pdfmake draws that line, the document's `text`, `link` and `goTo` are intercepted (installed once
 * per document): each run of words with the same link becomes one marked-content sequence of its
 * Link element, and pdfkit's one annotation per word gives way to one annotation per run and line
 * (the union of the words' rectangles), made with pdfkit's `structParent` option, so pdfkit writes
 * the OBJR, the `/StructParent` and the ParentTree entry itself.
 *
 * - Which words form one link: {@link markLinkRuns} gives the consecutive inlines of a text node
 *   sharing a `link` / `linkToDestination` one run object, which pdfmake copies onto each word like
 *   the element tag; a link that wraps onto the next line stays one Link element. Its text is the
 *   annotation's `/Contents`.
 * - TOC entries (pdfmake builds their words, with no run): one Link per TOCI, in a `Reference`
 *   element as ISO 32000-1 14.8.4.3 lists for TOCI children; `/Contents` is the entry's title
 *   (as far as drawn: a title wrapping onto a second line has its first line's annotation say only
 *   that line), and "title, page N" for the page number.
 * - A link in an untagged line (a repeated table header row) makes no annotation: see
 *   {@link drawWithoutLinks}.
 * - pdfkit writes an OBJR's `/Pg` as the page current when the element is flushed, so every Link
 *   element is ended before pdfmake moves to the next page: a link broken across a page break
 *   becomes one Link element per page.
 */

interface StructElem {
  add(child: unknown): unknown;
  end(): unknown;
}

type Method = (...args: unknown[]) => unknown;

export interface LinkDoc {
  struct(role: string, options?: Record<string, unknown>): StructElem;
  markStructureContent(role: string): unknown;
  endMarkedContent(): unknown;
  text: Method;
  link: Method;
  goTo: Method;
  addPage: Method;
}

type Inline = Record<string, unknown>;

/** The word property naming the link run a word belongs to (pdfmake copies it from its inline). */
export const LINK_RUN = 'bbbLinkRun';

interface LinkRun {
  text: string;
}

interface LinkElement {
  elem: StructElem;
  /** The words drawn so far, for `/Contents` where there is no run (a TOC entry's title). */
  text: string;
}

interface Segment {
  key: unknown;
  /** Null: the line's own element. */
  link: LinkElement | null;
  content: unknown;
  run: LinkRun | undefined;
  text: string;
  rects: Array<[number, number, number, number]>;
  /** pdfkit's method that made the words' annotations, and its target. */
  target?: { method: 'link' | 'goTo'; value: unknown };
}

interface LineDraw {
  inlines: Inline[];
  next: number;
  parent: StructElem;
  role: string;
  /** For a TOC line: its TOCI tag, the key of its one Link element. */
  toc: object | null;
  /** pdfmake's page-number line of a TOC entry. */
  pageNumber: boolean;
  segment: Segment | null;
}

interface LinkState {
  /** This page's Link elements, by run (or TOCI, or target). */
  links: Map<unknown, LinkElement>;
  line: LineDraw | null;
  /** Drawing an artifact line: its words make no annotation. */
  suppress: boolean;
  link: Method;
  goTo: Method;
}

const states = new WeakMap<LinkDoc, LinkState>();

const targetOf = (inline: Inline | undefined): unknown => inline?.link ?? inline?.linkToDestination;

/** True when a word of the line links somewhere. */
export function hasLink(inlines: Inline[]): boolean {
  return inlines.some((inline) => targetOf(inline) != null);
}

/** Gives the consecutive inlines of one text node that share a link target one run object. */
export function markLinkRuns(items: unknown[]): void {
  let run: LinkRun | undefined;
  let target: unknown;
  for (const item of items) {
    const inline = item && typeof item === 'object' ? (item as Inline) : undefined;
    const t = targetOf(inline);
    if (t == null) {
      run = undefined;
      continue;
    }
    if (!run || t !== target) {
      run = { text: '' };
      target = t;
    }
    run.text += String(inline!.text ?? '');
    inline![LINK_RUN] = run;
  }
}

/** Ends this page's Link elements, so pdfkit writes their OBJRs with this page as /Pg. */
function endPageLinks(state: LinkState): void {
  for (const link of state.links.values()) link.elem.end();
  state.links.clear();
}

function keyOf(line: LineDraw, inline: Inline | undefined): unknown {
  const target = targetOf(inline);
  if (target == null) return null;
  return line.toc ?? inline![LINK_RUN] ?? target;
}

function linkElement(doc: LinkDoc, state: LinkState, line: LineDraw, key: unknown): LinkElement {
  let link = state.links.get(key);
  if (!link) {
    const elem = doc.struct('Link');
    if (line.toc) {
      const reference = doc.struct('Reference');
      line.parent.add(reference);
      reference.add(elem);
    } else line.parent.add(elem);
    link = { elem, text: '' };
    state.links.set(key, link);
  }
  return link;
}

function openSegment(doc: LinkDoc, state: LinkState, line: LineDraw, inline: Inline | undefined) {
  const key = keyOf(line, inline);
  const link = key === null ? null : linkElement(doc, state, line, key);
  const content = doc.markStructureContent(link ? 'Link' : line.role);
  const run = key === null ? undefined : (inline?.[LINK_RUN] as LinkRun | undefined);
  line.segment = { key, link, content, run, text: '', rects: [] };
}

const spaced = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Ends the segment's marked content; for a link, makes its one annotation on this line. */
function closeSegment(doc: LinkDoc, state: LinkState, line: LineDraw): void {
  const seg = line.segment;
  if (!seg) return;
  line.segment = null;
  doc.endMarkedContent();
  if (!seg.link) {
    line.parent.add(seg.content);
    return;
  }
  seg.link.elem.add(seg.content);
  let description: string;
  if (seg.run) description = spaced(seg.run.text);
  else if (line.pageNumber) description = `${seg.link.text}, page ${spaced(seg.text)}`;
  else description = seg.link.text = spaced(`${seg.link.text} ${seg.text}`);
  if (!seg.target || seg.rects.length === 0) return;
  const x = Math.min(...seg.rects.map((r) => r[0]));
  const y = Math.min(...seg.rects.map((r) => r[1]));
  const right = Math.max(...seg.rects.map((r) => r[0] + r[2]));
  const bottom = Math.max(...seg.rects.map((r) => r[1] + r[3]));
  const options = { structParent: seg.link.elem, Contents: new String(description) };
  const make = seg.target.method === 'link' ? state.link : state.goTo;
  make.call(doc, x, y, right - x, bottom - y, seg.target.value, options);
}

/** Before pdfmake draws the line's next word: switches marked content where a link starts or ends. */
function beforeWord(doc: LinkDoc, state: LinkState, line: LineDraw, text: unknown): void {
  const inline = line.inlines[line.next++];
  if (!inline || inline.text !== text)
    throw new Error(
      'pdfmake drew a word out of its line order; node/pdf/linkTagging.ts needs updating',
    );
  if (keyOf(line, inline) !== line.segment?.key) {
    closeSegment(doc, state, line);
    openSegment(doc, state, line, inline);
  }
  line.segment!.text += String(inline.text);
}

/** The document's interceptors, installed the first time it draws a line with a link. */
function stateOf(doc: LinkDoc): LinkState {
  const known = states.get(doc);
  if (known) return known;
  const { text, link, goTo, addPage } = doc;
  const s: LinkState = { links: new Map(), line: null, suppress: false, link, goTo };
  states.set(doc, s);
  doc.text = function (this: LinkDoc, ...args: unknown[]) {
    if (s.line) beforeWord(doc, s, s.line, args[0]);
    return text.apply(this, args);
  };
  const capture = (method: 'link' | 'goTo', original: Method): Method =>
    function (this: LinkDoc, ...args: unknown[]) {
      if (s.suppress) return this;
      const seg = s.line?.segment;
      if (!seg?.link) return original.apply(this, args);
      const [x, y, w, h, value] = args as [number, number, number, number, unknown];
      seg.rects.push([x, y, w, h]);
      seg.target = { method, value };
      return this;
    };
  doc.link = capture('link', link);
  doc.goTo = capture('goTo', goTo);
  doc.addPage = function (this: LinkDoc, ...args: unknown[]) {
    endPageLinks(s);
    return addPage.apply(this, args);
  };
  return s;
}

/** Where a line's text belongs: see {@link drawLineWithLinks}. */
export interface LineOwner {
  /** The element of the line's text, and its role. */
  parent: StructElem;
  role: string;
  /** The line's TOCI tag for a TOC entry, else null. */
  toc: object | null;
  /** True for the page-number line of a TOC entry. */
  pageNumber: boolean;
}

/** Draws a tagged line holding a link: `draw` is pdfmake's renderLine. */
export function drawLineWithLinks(
  doc: LinkDoc,
  owner: LineOwner,
  inlines: Inline[],
  draw: () => void,
): void {
  const state = stateOf(doc);
  const line: LineDraw = { ...owner, inlines, next: 0, segment: null };
  state.line = line;
  try {
    // Opened before drawing, so the line's background belongs to its first segment.
    openSegment(doc, state, line, inlines[0]);
    draw();
    closeSegment(doc, state, line);
  } finally {
    state.line = null;
  }
}

/**
 * Draws an untagged line holding a link (a table header row repeated on a later page, an
 * artifact) without link annotations: PDF/UA-1 leaves no annotation outside the structure tree,
 * and the row's first, tagged copy keeps the link.
 */
export function drawWithoutLinks(doc: LinkDoc, draw: () => void): void {
  const state = stateOf(doc);
  state.suppress = true;
  try {
    draw();
  } finally {
    state.suppress = false;
  }
}

/** Wraps pdfmake's TextBreaker so every text node's link runs are marked before it is split into words. */
export function installLinkRuns(patched: symbol): void {
  type Cls = { prototype: Record<string | symbol, unknown> };
  const ns = textBreakerModule as unknown as { default: Cls | { default: Cls } };
  const cls =
    'prototype' in ns.default && typeof ns.default.prototype.getBreaks === 'function'
      ? ns.default
      : (ns.default as { default: Cls }).default;
  const proto = cls.prototype;
  if (proto[patched]) return;
  const getBreaks = proto.getBreaks as (
    this: unknown,
    texts: unknown,
    ...rest: unknown[]
  ) => unknown;
  proto.getBreaks = function (this: unknown, texts: unknown, ...rest: unknown[]) {
    if (Array.isArray(texts)) markLinkRuns(texts);
    return getBreaks.call(this, texts, ...rest);
  };
  proto[patched] = true;
}
