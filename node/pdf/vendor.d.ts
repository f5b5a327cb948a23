// Minimal typings: fontkit 2 (glyph coverage checks) and pdfmake's pdfkit document class (ActualText spans).
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
