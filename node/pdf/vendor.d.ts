// Minimal typings: fontkit 2 (glyph coverage checks) and pdfmake internals patched at runtime (ActualText spans, structure tagging, style lookups).
declare module 'fontkit' {
  export interface Font {
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  export function openSync(path: string): Font | { fonts: Font[] };
}

declare module 'pdfmake/js/PDFDocument' {
  const PDFDocument: { prototype: Record<string | symbol, unknown> };
  export default PDFDocument;
}

declare module 'pdfmake/js/Renderer' {
  const Renderer: { prototype: Record<string | symbol, unknown> };
  export default Renderer;
}

declare module 'pdfmake/js/LayoutBuilder' {
  const LayoutBuilder: { prototype: Record<string | symbol, unknown> };
  export default LayoutBuilder;
}

declare module 'pdfmake/js/StyleContextStack' {
  const StyleContextStack: unknown;
  export default StyleContextStack;
}

declare module 'pdfmake/js/TextBreaker' {
  const TextBreaker: { prototype: Record<string | symbol, unknown> };
  export default TextBreaker;
}
