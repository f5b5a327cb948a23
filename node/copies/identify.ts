// Identifies a stray PDF: which book, copy and recipient, from its sha256 in a distribution log or from the copy stamp in its metadata. Offline.
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import type { Book } from '../../core/book/schema';
import { copyLabel, parseStampKeywords, type CopyStamp } from '../../core/book/distribution';
import { sha256Hex } from './contentHash';

export interface Identification {
  /** sha256: this very file is in a log; stamp: the file's stamp names the copy (the file itself differs). */
  via: 'sha256' | 'stamp';
  stamp: CopyStamp;
  label: string;
  bookId: string;
  /** Title of the book in the library or the given files; undefined when that book is not there. */
  bookTitle?: string;
  /** When the copy was distributed, from the log. */
  at?: string;
  sha256: string;
  /** One line for the user. */
  message: string;
}

/** What every copy stamp starts with (core/book/distribution.ts). */
const STAMP_MARK = 'bbb-copy/';

/**
 * The Keywords of a PDF's Info dictionary; undefined when the file cannot be read as a PDF.
 * A re-saved file may hide the Info dictionary from the trailer pdf-lib reads (linearized, object
 * streams): then any dictionary whose Keywords hold a copy stamp will do.
 */
async function pdfKeywords(bytes: Uint8Array): Promise<string | undefined> {
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false });
  } catch {
    return undefined;
  }
  const direct = doc.getKeywords();
  if (direct?.includes(STAMP_MARK)) return direct;
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFDict)) continue;
    const value = doc.context.lookup(obj.get(PDFName.of('Keywords')));
    if (value instanceof PDFString || value instanceof PDFHexString) {
      const text = value.decodeText();
      if (text.includes(STAMP_MARK)) return text;
    }
  }
  return undefined;
}

const describe = (id: Identification): string => {
  const book = id.bookTitle ? `"${id.bookTitle}"` : `book ${id.bookId} (not in the books searched)`;
  const when = id.at ? `, distributed ${id.at.slice(0, 16).replace('T', ' ')} UTC` : '';
  const how =
    id.via === 'sha256'
      ? 'matched by its sha256: this is the very file distributed'
      : 'from its copy stamp: the file differs from the one distributed (re-saved or altered)';
  return `${id.label} of ${book}, for ${id.stamp.recipient}${when}; ${how}`;
};

/**
 * Looks `bytes` up: first its sha256 in every book's distribution log, then the copy stamp in
 * its metadata (matched against the logs for the book title and date).
 * @returns null when neither names a copy.
 */
export async function identifyPdf(
  bytes: Uint8Array,
  books: readonly Book[],
): Promise<Identification | null> {
  const sha256 = sha256Hex(bytes);
  for (const book of books)
    for (const d of book.distribution ?? [])
      for (const c of d.copies)
        if (c.sha256 === sha256) {
          const stamp = {
            bookId: book.id,
            distributionId: d.id,
            number: c.number,
            of: d.of,
            recipient: c.recipient,
            addendum: d.addendum,
          };
          const id: Identification = {
            via: 'sha256',
            stamp,
            label: copyLabel(stamp),
            bookId: book.id,
            bookTitle: book.title,
            at: d.at,
            sha256,
            message: '',
          };
          return { ...id, message: describe(id) };
        }
  const stamp = parseStampKeywords(await pdfKeywords(bytes));
  if (!stamp) return null;
  const book = books.find((b) => b.id === stamp.bookId);
  const entry = book?.distribution?.find((d) => d.id === stamp.distributionId);
  const id: Identification = {
    via: 'stamp',
    stamp,
    label: copyLabel(stamp),
    bookId: stamp.bookId,
    ...(book ? { bookTitle: book.title } : {}),
    ...(entry ? { at: entry.at } : {}),
    sha256,
    message: '',
  };
  return { ...id, message: describe(id) };
}

/** The message when nothing matched. */
export const NO_MATCH =
  'Not a known copy: its sha256 is in no distribution log searched, and it carries no copy stamp';
