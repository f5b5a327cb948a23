// Stable content hashes of a book's tabs (sha256 over canonical JSON, node:crypto) and the sha256 of a file.
import { createHash } from 'node:crypto';
import type { Book, Tab } from '../../core/book/schema';

/** JSON with object keys sorted at every level: the same content always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function sha256Hex(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Hash of one tab's printed content: id, kind, title, default mark and Lexical content. */
export function tabHash(tab: Tab): string {
  const { id, kind, title, defaultMark, content } = tab;
  return sha256Hex(canonicalJson({ id, kind, title, defaultMark, content }));
}

/** Hash of all tabs in order (the book's content hash); meeting details and clearance are not content. */
export function contentHash(book: Pick<Book, 'tabs'>): string {
  return sha256Hex(book.tabs.map(tabHash).join('\n'));
}
