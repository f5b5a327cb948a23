// Shares each bundled font's parsed tables and layout engine between the documents of one process, instead of setting the font up again for every export.
import { documentClass } from './fastContent';

/**
 * Why: pdfkit parses a font file afresh for every document (fontkit.create), and fontkit then sets
 * up its tables and layout engine on first use: ~25 ms of a ~650 ms re-export, measuring the
 * cover, contents and page furniture with cold fonts.
 *
 * How: pdfmake asks for every font through its PDFDocument.provideFont. The first document to open
 * a font file keeps its fontkit font here; a later document's font, right after pdfkit made it
 * (before any word was measured), takes that fontkit font and a fresh subset of it. The fontkit
 * font's glyph cache is emptied for each document: fontkit keeps each glyph object with the code
 * points of its first use (a composite's part looked up while a subset was written has none), and
 * a document must see glyphs as a fresh font shows them, or its text would extract wrong (a Greek
 * name printed after a Cyrillic one read back without its first letter). Each document still has
 * its own subset, layout cache, font object and id (test/node/pdf/sharedFonts.test.ts).
 */

interface FontkitFont {
  createSubset(): unknown;
  /** fontkit's glyph objects by id, made on first use. */
  _glyphs: Record<number, unknown>;
}
interface EmbeddedFont {
  font?: FontkitFont;
  subset?: unknown;
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

/** By font file path: the fontkit font, and the document using it now. */
const shared = new Map<string, { font: FontkitFont; user: object }>();
/** Documents pdfkit has finished (their fonts are free for the next one). */
const ended = new WeakSet<object>();
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
    if (typeof path !== 'string' || !font.font) return font;
    const known = shared.get(path);
    // Another document still drawing with it (renders overlapping in one process): this one
    // keeps the font pdfkit made for it.
    if (known && !ended.has(known.user)) return font;
    if (!known) {
      shared.set(path, { font: font.font, user: this });
      return font;
    }
    known.user = this;
    known.font._glyphs = {};
    font.font = known.font;
    font.subset = known.font.createSubset();
    return font;
  };
  const end = proto.end as (this: object, ...args: unknown[]) => unknown;
  proto.end = function (this: object, ...args: unknown[]) {
    ended.add(this);
    return end.apply(this, args);
  };
  proto[PATCHED] = true;
}
