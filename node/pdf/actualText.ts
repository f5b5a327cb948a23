// Devanagari is drawn in visual glyph order (the vowel sign ि precedes its consonant), so copied text would come
// out scrambled; wrapping each such word in an ActualText span gives PDF readers the logical text back.
import * as pdfDocumentModule from 'pdfmake/js/PDFDocument';

const REORDERING = /\p{Script=Devanagari}/u;
const PATCHED = Symbol.for('briefing-book-builder.actualText');

interface PdfKitLike {
  markContent(tag: string, options: { actual: string }): unknown;
  endMarkedContent(): unknown;
  text(text: string, ...rest: unknown[]): unknown;
}

/**
 * Patches pdfmake's pdfkit document class once per process so that every text run containing
 * Devanagari is emitted inside `/Span <</ActualText (...)>> BDC ... EMC` (pdfkit's markContent).
 */
export function installActualTextSpans(): void {
  // CJS interop differs between esbuild (namespace.default = class) and Node ESM (namespace.default = exports).
  type Cls = { prototype: PdfKitLike & { [PATCHED]?: true } };
  const ns = pdfDocumentModule as unknown as { default: Cls | { default: Cls } };
  const cls =
    'prototype' in ns.default && typeof ns.default.prototype.text === 'function'
      ? ns.default
      : (ns.default as { default: Cls }).default;
  const proto = cls.prototype;
  if (proto[PATCHED]) return;
  const original = proto.text;
  proto.text = function (this: PdfKitLike, text: string, ...rest: unknown[]) {
    if (typeof text !== 'string' || !REORDERING.test(text))
      return original.call(this, text, ...rest);
    this.markContent('Span', { actual: text });
    const result = original.call(this, text, ...rest);
    this.endMarkedContent();
    return result;
  };
  proto[PATCHED] = true;
}
