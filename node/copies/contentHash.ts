// Stable content hashes of a book's tabs (sha256 over canonical JSON, node:crypto) and the sha256 of a file.
import { createHash } from 'node:crypto';
import type { Book, Tab } from '../../core/book/schema';
// One canonical form for content hashes: the clearance tracker's (key order never changes a hash).
import { canonicalJson } from '../../core/clearance/contentHash';

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
