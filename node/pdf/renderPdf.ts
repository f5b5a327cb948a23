// Renders books to PDF bytes with pdfmake (server API): network and file access off, bundled fonts, outline, progress.
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces';
import * as pdfmakeModule from 'pdfmake';
import type { Book } from '../../core/book/schema';
import type { FrameworkBundle } from '../../core/framework/bundle';
import { AppFailure } from '../../core/ipc/result';
import { setContentDigest } from '../../core/clearance/contentHash';
import { buildDocument } from '../../core/pdf/documentDefinition';
import { printedTexts, selectTabs, type LocatedText } from '../../core/pdf/preflight';
import { installActualTextSpans, registerActualText } from './actualText';
import { missingBlocks, type LaidOutPage } from './blockGuard';
import { assertPocketFits } from './pocketFit';
import type { Audience } from '../../core/pdf/audience';
import { assertIslandsOnOneLine } from './islands';
import { assertGlyphCoverage } from './coverage';
import { fontDescriptors, resolveFontsDir } from './fonts';
import { installStructureTagging } from './tagging';
import { printedTabsOf, tabPagesOf, type TabPages } from './tabPages';
import { installFastStyles } from './fastStyles';
import { installFastContent } from './fastContent';
import { installFastMeasure } from './fastMeasure';
import { installFastRuns } from './fastRuns';
import { installLaidOutChecks, onLaidOut } from './laidOut';
import { installBatchedOutput } from './batchedOutput';
import { installSharedFonts } from './sharedFonts';
import {
  bindReusePlan,
  installTabReuse,
  planReuse,
  ReuseMismatch,
  tabBodies,
  type ReusePlan,
} from './tabReuse';
import { pdfPasswordProblem, withPassword } from './encryption';
import type { CopyStamp } from '../../core/book/distribution';
import type { AddendumFront } from '../../core/pdf/copyStamp';

// The clearance hash on every cover, with Node's native SHA-256 (core/clearance/contentHash.ts).
setContentDigest((text) => createHash('sha256').update(text, 'utf8').digest('hex'));

export interface RenderRequest {
  books: Book[];
  framework: FrameworkBundle;
  packetTitle?: string;
  /** Per book id: tab ids to include; absent means all tabs. */
  includeTabs?: Record<string, string[]>;
  /** Encrypts the PDF with AES-256 under this password (8..128 chars); never logged or stored. */
  password?: string;
  /** A numbered copy: "Copy k of N" and the recipient beside every banner (node/copies). */
  copyStamp?: CopyStamp;
  /** An addendum's change list, printed after the cover. */
  addendum?: AddendumFront;
  /** Full book (default), non-paper or pocket card (core/pdf/audience.ts). */
  audience?: Audience;
  /** Non-paper: keep the U.S.-internal framework citations. */
  keepCitations?: boolean;
}

export interface RenderProgress {
  phase: 'layout' | 'render' | 'outline' | 'write' | 'done';
  /** 0..1 within the phase. */
  fraction: number;
}

export interface RenderOptions {
  onProgress?: (p: RenderProgress) => void;
  /** Checked between phases and while pages are drawn; layout itself runs to completion. */
  signal?: AbortSignal;
  /** Folder of the bundled TTFs; default: dist/fonts found relative to the running module. */
  fontsDir?: string;
  /**
   * Tests only: changes each definition just before layout (e.g. brings back a layout that loses
   * content, to prove the block guard catches it).
   */
  mutate?: (definition: TDocumentDefinitions) => TDocumentDefinitions;
  /**
   * Reuse the drawing of tabs unchanged since an earlier export in this process (node/pdf/tabReuse.ts).
   * Default true; off for tests that compare with a fresh export, and whenever `mutate` is set.
   */
  reuse?: boolean;
}

/** The PDF, its page count and, except for a pocket card (tabs run on), the pages of each tab. */
export interface RenderResult {
  bytes: Uint8Array;
  pages: number;
  tabPages: TabPages[];
  /** Tabs whose drawing was reused from an earlier export (node/pdf/tabReuse.ts). */
  reusedTabs: number;
  /**
   * Their pages; of them, written unchanged; whose compressed stream was kept; and tab bodies not
   * even converted (core/pdf/tabBodies.ts).
   */
  reusedPages: { pages: number; unchanged: number; keptStreams: number; bodiesLeftOut: number };
}

/** The part of pdfmake's server singleton used here; a fresh instance per render keeps fonts and callbacks apart. */
interface PdfMakeServer {
  setFonts(fonts: TFontDictionary): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
  setProgressCallback(callback: (fraction: number) => void): void;
  createPdf(dd: TDocumentDefinitions): {
    getStream(): Promise<PdfStream>;
  };
}

/** pdfmake's pdfkit document: a stream, plus the laid-out pages it keeps. */
type PdfStream = Readable & { end(): void; _pdfMakePages?: LaidOutPage[] };

/** Thrown by the after-layout check when blocks are missing: stops the render before drawing. */
class LostBlocks extends Error {
  constructor(readonly blocks: number[]) {
    super(`${blocks.length} block(s) lost in layout`);
  }
}

function newPdfMake(): PdfMakeServer {
  const shared = ((pdfmakeModule as unknown as { default?: unknown }).default ??
    pdfmakeModule) as PdfMakeServer;
  const Ctor = (shared as unknown as { constructor: new () => PdfMakeServer }).constructor;
  return new Ctor();
}

/**
 * Ends the document and gathers its bytes into one array that owns its whole buffer (the worker
 * hands it over without a copy). Why not Buffer.concat then a copy: that held the file three times
 * (chunks, concatenation, copy) at the export's memory peak; this holds it twice, briefly.
 */
function collect(doc: Readable & { end(): void }): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    doc.on('data', (c: Uint8Array) => {
      chunks.push(c);
      size += c.length;
    });
    doc.on('end', () => {
      const bytes = new Uint8Array(size);
      let at = 0;
      for (const c of chunks.splice(0)) {
        bytes.set(c, at);
        at += c.length;
      }
      resolve(bytes);
    });
    doc.on('error', reject);
    doc.end();
  });
}

/**
 * Renders one book, or several as a packet, to PDF.
 * @throws AppFailure: 'unmarked-portions', 'unsupported-script' (RTL text or glyphs no bundled font has),
 *   'validation' (bad includeTabs, unknown node type, invalid mark), 'cancelled', 'internal'.
 */
export async function renderPdf(
  request: RenderRequest,
  options: RenderOptions = {},
): Promise<RenderResult> {
  const { signal, onProgress } = options;
  const checkCancelled = (): void => {
    if (signal?.aborted) throw new AppFailure('cancelled', 'The PDF export was cancelled');
  };
  checkCancelled();
  const { password } = request;
  if (password !== undefined) {
    // Refused before any work, so a bad password never costs a layout.
    const problem = pdfPasswordProblem(password);
    if (problem) throw new AppFailure('validation', `Cannot protect the PDF: ${problem}.`);
  }
  onProgress?.({ phase: 'layout', fraction: 0 });
  // A re-export draws unchanged tabs from the last one (node/pdf/tabReuse.ts); the pocket card
  // (its tabs run on) and layout tests are always laid out in full.
  let reuse =
    options.reuse !== false && !options.mutate && (request.audience ?? 'full') !== 'pocket';
  let built = buildDocument(request, reuse ? { tabBodies } : {});
  const fontsDir = resolveFontsDir(options.fontsDir);
  const texts: Array<LocatedText & { countryCode?: string }> = selectTabs(
    request.books,
    request.includeTabs,
  ).flatMap((sel) =>
    printedTexts(sel).map((t) => ({ ...t, countryCode: sel.book.meeting.countryCode })),
  );
  if (request.packetTitle) texts.push({ where: 'packet title', text: request.packetTitle });
  if (request.copyStamp) texts.push({ where: 'recipient', text: request.copyStamp.recipient });
  assertGlyphCoverage(texts, fontsDir);

  const fonts = fontDescriptors(built.fonts, fontsDir);
  const allowed = new Set(Object.values(fonts).flatMap((f) => Object.values(f) as string[]));
  // Scripts whose drawn glyphs differ from their logical text carry ActualText spans.
  const reordering: string[] = ['NotoDevanagari', 'NotoThai', 'NotoArabic', 'NotoHebrew'];
  const needsActualText = built.fonts.some((f) => reordering.includes(f));
  if (needsActualText) installActualTextSpans();
  installFastRuns(); // before the tagging wraps renderLine
  installStructureTagging();
  installFastStyles();
  installFastContent();
  installFastMeasure();
  installLaidOutChecks();
  installBatchedOutput();
  installSharedFonts();
  installTabReuse(); // last: outside every other Renderer wrapper
  if (needsActualText) {
    // Books whose scripts print with ActualText spans are laid out in full.
    reuse = false;
    if (built.placeholders > 0) built = buildDocument(request);
  }
  let plan: ReusePlan | undefined;
  let reported = -1;
  const layOut = async (plain: TDocumentDefinitions): Promise<PdfStream> => {
    const definition = password === undefined ? plain : withPassword(plain, password);
    const pdfmake = newPdfMake();
    pdfmake.setFonts(fonts);
    pdfmake.setUrlAccessPolicy(() => false); // never fetch anything
    pdfmake.setLocalAccessPolicy((p) => allowed.has(p)); // only the bundled fonts
    pdfmake.setProgressCallback((fraction) => {
      checkCancelled(); // throwing here rejects the render
      if (fraction - reported >= 0.02 || fraction === 1) {
        reported = fraction;
        onProgress?.({ phase: 'render', fraction });
      }
    });
    const final = options.mutate?.(definition) ?? definition;
    if (plan) bindReusePlan(final, plan);
    // The layout checks run on the laid-out pages before drawing (node/pdf/laidOut.ts).
    onLaidOut(final, (laidOut) => {
      const lost = missingBlocks(laidOut, built.blocks, plan?.reusedStamps);
      if (lost.length > 0) throw new LostBlocks(lost);
      if (request.audience === 'pocket') assertPocketFits(laidOut, built.blocks);
      assertIslandsOnOneLine(laidOut, texts);
      plan?.prepare(built.definition, laidOut as never);
    });
    try {
      return await pdfmake.createPdf(final).getStream();
    } catch (e) {
      if (e instanceof AppFailure || e instanceof LostBlocks || e instanceof ReuseMismatch) throw e;
      throw new AppFailure('internal', `PDF layout failed: ${(e as Error).message}`);
    }
  };
  /** Blocks laid out again free to break (the second pass below). */
  let flow: Set<string> | undefined;
  /** One layout; blocks it lost come back as `missing` (nothing was drawn then). */
  const attempt = async (): Promise<{ doc?: PdfStream; missing: number[] }> => {
    if (needsActualText) registerActualText(built.actualText);
    try {
      plan = reuse ? planReuse(built.definition, fonts, built.placeholders) : undefined;
      return { doc: await layOut(built.definition), missing: [] };
    } catch (e) {
      if (e instanceof LostBlocks) return { missing: e.blocks };
      if (!(e instanceof ReuseMismatch)) throw e;
      // A reused tab did not lay out as before: this export lays out and draws everything.
      reuse = false;
      plan = undefined;
      built = buildDocument(request, flow ? { flow } : {});
      return attempt();
    }
  };
  let { doc, missing } = await attempt();
  // pdfmake cuts an unbreakable unit taller than a page (a short table with a huge cell, a kept
  // heading) to its first page. Those blocks are laid out once more, free to break; this second
  // pass happens only when something was lost.
  if (missing.length > 0 && missing.every((i) => built.blocks.rescuable[i])) {
    flow = new Set(missing.map((i) => built.blocks.blocks[i]!.key));
    checkCancelled();
    reported = -1;
    built = buildDocument(request, reuse ? { flow, tabBodies } : { flow });
    ({ doc, missing } = await attempt());
  }
  if (missing.length > 0 || !doc) {
    const named = missing.slice(0, 3).map((i) => built.blocks.blocks[i]!.where);
    throw new AppFailure(
      'internal',
      `The PDF layout lost content, so the export stopped: ${named.join('; ')}${missing.length > 3 ? `; and ${missing.length - 3} more blocks` : ''}`,
    );
  }
  checkCancelled();
  const pages = doc._pdfMakePages?.length ?? 0;
  const audience = request.audience ?? 'full';
  const tabPages =
    audience === 'pocket'
      ? []
      : tabPagesOf(
          built.definition,
          printedTabsOf(request.books, request.includeTabs, audience),
          pages,
        );
  // pdfmake records outline entries while drawing; pdfkit writes the outline tree when the document ends.
  onProgress?.({ phase: 'outline', fraction: 1 });
  onProgress?.({ phase: 'write', fraction: 0 });
  const bytes = await collect(doc);
  plan?.commit(doc);
  onProgress?.({ phase: 'write', fraction: 1 });
  onProgress?.({ phase: 'done', fraction: 1 });
  return {
    bytes,
    pages,
    tabPages,
    reusedTabs: plan?.reused ?? 0,
    reusedPages: {
      ...(plan?.stats ?? { pages: 0, unchanged: 0, keptStreams: 0 }),
      bodiesLeftOut: plan ? built.placeholders : 0,
    },
  };
}
