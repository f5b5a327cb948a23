// Types shared by the re-export reuse modules (node/pdf/tabReuse.ts and node/pdf/reuse/*): cache entries, captures, and the parts of pdfkit they touch.
import type { StructTag } from '../../../core/pdf/structure';
import type { MarkedContent } from '../tagging';

export type Node = Record<string | symbol, unknown>;

/** One font of the document a fragment was drawn in: how to find it again, and its subset's glyph order. */
export interface FontRecord {
  family: string;
  bold: boolean;
  italics: boolean;
  /** Subset glyph id → the font's own glyph id. */
  glyphs: number[];
  widths: number[];
  unicode: unknown[];
}

/** What a fragment's resource names meant in the document it was drawn in. */
export interface DocRecord {
  fonts: Map<string, FontRecord>;
  opacities: Map<string, [number | null, number | null]>;
}

/** One page's drawn body, the tab heading's lines left out. */
export interface PageFragment {
  /**
   * The whole page's content stream as drawn: its hash, and compressed (a page that comes out the
   * same is written with it; the fragment's operators are read back out of it). Absent when no
   * captured item drew on the page (its fragment is empty).
   */
  page?: { hash: string; deflated: Buffer };
  /** Where the page's captured operators are in its stream: [start, end) pairs, in characters. */
  ranges: number[];
  /** Per MCID in the operators, in order: the index of its element among the tab's structure elements. */
  marks: number[];
  roles: string[];
  firstMcid: number;
  /** Font and opacity-state resource names the operators use. */
  fonts: string[];
  opacities: string[];
}

export interface TabEntry {
  pages: PageFragment[];
  /** Lines the heading printed at the top of the first page (drawn afresh, not in a fragment). */
  headingLines: number;
  doc: DocRecord;
  /** Bytes held, for the cache budget. */
  size: number;
}

export interface TabSegment {
  heading: Node;
  h1: StructTag;
  /** The tab's structure elements (its Sect and everything under it), in registry order. */
  tags: StructTag[];
  stamps: number[];
  key: string;
  hit?: TabEntry;
}

export interface Replay {
  entry: TabEntry;
  page: number;
  tags: StructTag[];
  plan: ReplayPlan;
}

/** Counts of one export's replayed pages (RenderResult.reusedPages). */
export interface ReuseStats {
  pages: number;
  unchanged: number;
  keptStreams: number;
}

/** What replaying a page needs of its export's plan (node/pdf/tabReuse.ts ReusePlan). */
export interface ReplayPlan {
  seeded: Seeded | undefined;
  readonly stats: ReuseStats;
}

/** One page's fragment while it is captured: `content` grows by one operator at a time. */
export interface Capturing extends Partial<Pick<PageFragment, 'fonts' | 'opacities' | 'page'>> {
  marks: number[];
  roles: string[];
  firstMcid: number;
  /** While drawing: [start, end) pairs counted from the stream's first character; at its end, from the kept text's. */
  ranges: number[];
  /** Why the page cannot be replayed, if it cannot. */
  spoiled?: string;
}

/** A tab's pages being captured while drawn. */
export interface Capture {
  segment: TabSegment;
  headingLines: number;
  pages: Capturing[];
  local: Map<StructTag, number>;
}

/** What seeding made this document number as the seed record did (node/pdf/tabReuse.ts, step 2). */
export interface Seeded {
  record: DocRecord;
  fonts: Map<string, EmbeddedFont>;
  opacities: Map<string, unknown>;
}

export interface EmbeddedFont {
  id: string;
  subset?: { glyphs: number[]; includeGlyph(glyph: number): number };
  widths: number[];
  unicode: unknown[];
  ref(): unknown;
}
export interface PdfDoc {
  page: PdfPage & {
    fonts: Record<string, unknown>;
    annotations: unknown[];
    markings: unknown[];
  };
  fontCache: Record<string, Record<string, EmbeddedFont>>;
  _opacityRegistry: Record<string, [unknown, string]>;
  addContent(data: unknown): unknown;
  provideFont(family: string, bold: boolean, italics: boolean): EmbeddedFont;
  getFontFile(family: string, bold: boolean, italics: boolean): unknown;
  markStructureContent(role: string): MarkedContent;
  _doOpacity(fill: number | null, stroke: number | null): void;
  _opacityCount: number;
  ref(data: object): { end(): void };
  images?: object;
}

/** A page's content stream (pdfkit PDFReference, with node/pdf/fastContent.ts's pending text). */
export interface ContentRef {
  pending?: string;
  /** Characters written so far (pdfkit's count; node/pdf/fastContent.ts keeps it). */
  uncompressedLength: number;
  buffer: Uint8Array[];
  compress: boolean;
  finalize(): void;
}
export interface PdfPage {
  content: ContentRef;
  /** The page's /Resources: Font, ExtGState, XObject, Pattern, Shading, ColorSpace dictionaries. */
  resources: { data: Record<string, Record<string, unknown> | undefined> };
  ext_gstates: Record<string, unknown>;
}

export interface CaptureFlag {
  capture: Capture;
  fragment: Capturing;
}
