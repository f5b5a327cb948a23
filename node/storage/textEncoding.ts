// Book files are UTF-8 JSON: bytes are decoded exactly as the renderer's File.text() does, and the BOM and UTF-16 are handled the same on every path.
import { AppFailure } from '../../core/ipc/result';

/**
 * WHATWG UTF-8 decoding, the same algorithm Chromium's File.text() runs for an app import: a leading
 * BOM is dropped and invalid bytes become U+FFFD. Decoding the same way on every path is what makes
 * a file read from disk (app open, CLI) and one imported through the renderer get the same verdict.
 */
const utf8 = new TextDecoder('utf-8');

/**
 * The text of a book file, whichever way it came in: a leading U+FEFF is dropped (the BOM), and text
 * that is not UTF-8 at all is refused. UTF-16 shows up as U+FFFD pairs (its BOM bytes are invalid
 * UTF-8) or as NULs next to the first ASCII characters.
 */
export function normalizeBookText(text: string, fileName: string): string {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const head = body.slice(0, 4);
  if (head.startsWith('\uFFFD\uFFFD') || head.includes('\u0000')) {
    throw new AppFailure(
      'validation',
      `${fileName}: is not UTF-8 text (it looks like UTF-16 or binary data); save the book file as UTF-8`,
    );
  }
  return body;
}

/** Decodes a book file's bytes to its text (see normalizeBookText). */
export function decodeBookBytes(bytes: Uint8Array, fileName: string): string {
  return normalizeBookText(utf8.decode(bytes), fileName);
}
