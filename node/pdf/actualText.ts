// Devanagari, Thai, Arabic and Hebrew are drawn in visual glyph order (ि before its consonant, Thai ำ split in
// two, right-to-left islands reversed: see core/pdf/bidi.ts), so copied text would come out scrambled;
// wrapping each such run in an ActualText span gives PDF readers the logical text back.
import * as pdfDocumentModule from 'pdfmake/js/PDFDocument';

const REORDERING = /[\p{Script=Devanagari}\p{Script=Thai}]/u;
const PATCHED = Symbol.for('briefing-book-builder.actualText');
/** Drawn text -> logical text, from the documents being rendered (BuiltDocument.actualText). */
const logicalOf = new Map<string, string>();
const MAX_ENTRIES = 50_000;

/**
 * Makes these drawn runs carry their logical text. Entries are a function of the drawn text (the
 * same drawn string always comes from the same logical one), so documents rendered at the same
 * time can share the table; it is cleared when it grows large.
 */
export function registerActualText(map: ReadonlyMap<string, string>): void {
  if (logicalOf.size + map.size > MAX_ENTRIES) logicalOf.clear();
  for (const [drawn, logical] of map) logicalOf.set(drawn, logical);
}

/** Whether drawing `text` opens an ActualText span (such runs must stay exactly as laid out). */
export function hasActualText(text: string): boolean {
  return logicalOf.has(text) || REORDERING.test(text);
}

interface PdfKitLike {
  markContent(tag: string, options: { actual: string }): unknown;
  endMarkedContent(): unknown;
  text(text: string, ...rest: unknown[]): unknown;
}

/**
 * Patches pdfmake's pdfkit document class once per process so that every text run containing
 * Devanagari or Thai, or is a registered rearranged run, is emitted inside `/Span <</ActualText (...)>> BDC ... EMC` (pdfkit's markContent).
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
    const actual =
      typeof text !== 'string'
        ? undefined
        : (logicalOf.get(text) ?? (REORDERING.test(text) ? text : undefined));
    if (actual === undefined) return original.call(this, text, ...rest);
    this.markContent('Span', { actual });
    const result = original.call(this, text, ...rest);
    this.endMarkedContent();
    return result;
  };
  proto[PATCHED] = true;
}
