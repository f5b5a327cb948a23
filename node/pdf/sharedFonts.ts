// Shares each bundled font's parsed tables and word-layout cache between the documents of one process, instead of parsing the font again for every export.
import { documentClass } from './fastContent';

/**
 * Why: pdfkit parses a font file afresh for every document (fontkit.create), and fontkit then sets
 * up its tables and layout engine on first use; pdfkit also lays out every word again in each
 * document (its layout cache lives on the document's font). A re-export after a one-tab edit
 * spent ~60 ms of ~650 there: measuring the cover, contents and page furniture with cold fonts.
 *
 * How: pdfmake asks for every font through its PDFDocument.provideFont. The first document to open
 * a font file keeps its fontkit font and layout cache here; a later document's font, right after
 * pdfkit made it (before any word was measured), takes that fontkit font, a fresh subset of it,
 * and that cache. Both are pure functions of the font file and the text: the glyphs and their
 * advances are the same, so the PDF is the same (test/node/pdf/sharedFonts.test.ts). Each
 * document still has its own subset (the glyphs it embeds) and its own font object and id.
 */

interface FontkitFont {
  createSubset(): unknown;
}
interface EmbeddedFont {
  font?: FontkitFont;
  subset?: unknown;
  layoutCache?: Record<string, unknown>;
}
interface PdfMakeDoc {
  getFontFile(family: string, bold: boolean, italics: boolean): unknown;
}
type ProvideFont = (
  this: PdfMakeDoc,
  family: string,
  bold: boolean,
  italics: boolean,
) => EmbeddedFont;

/** Words remembered per font before its cache starts over (a few MB). */
const MAX_WORDS = 200_000;

interface Shared {
  font: FontkitFont;
  layoutCache: Record<string, unknown>;
}

/** By font file path. */
const shared = new Map<string, Shared>();
const SEEN = Symbol('bbbSharedFont');
const PATCHED = Symbol.for('briefing-book-builder.sharedFonts');
let enabled = true;

/** Tests only: turns sharing off (each document parses its fonts, as pdfkit alone does) or back on. */
export function setFontSharing(on: boolean): void {
  enabled = on;
  if (!on) shared.clear();
}

/** Installs the provideFont wrapper (idempotent). */
export function installSharedFonts(): void {
  const proto = documentClass().prototype as unknown as Record<string | symbol, unknown>;
  if (proto[PATCHED]) return;
  const provideFont = proto.provideFont as ProvideFont;
  proto.provideFont = function (this: PdfMakeDoc, family: string, bold: boolean, italics: boolean) {
    const font = provideFont.call(this, family, bold, italics) as EmbeddedFont & { [SEEN]?: true };
    if (font[SEEN] || !enabled) return font;
    font[SEEN] = true;
    const file = this.getFontFile(family, bold, italics);
    const path = Array.isArray(file) ? file[0] : file;
    if (typeof path !== 'string' || !font.font || !font.layoutCache) return font;
    const known = shared.get(path);
    if (!known) {
      shared.set(path, { font: font.font, layoutCache: font.layoutCache });
      return font;
    }
    if (Object.keys(known.layoutCache).length > MAX_WORDS) {
      known.layoutCache = Object.create(null) as Record<string, unknown>;
    }
    font.font = known.font;
    font.subset = known.font.createSubset();
    font.layoutCache = known.layoutCache;
    return font;
  };
  proto[PATCHED] = true;
}
