// `brief identify FILE.pdf [BOOK.json ...]`: which book, copy and recipient a stray PDF is, from its sha256 in the books' logs or its copy stamp.
import { readFile } from 'node:fs/promises';
import { identifyPdf, NO_MATCH } from '../../node/copies/identify';
import { readBookInput } from '../bookInput';
import { CliError, usageError } from '../errors';
import { escapeForTerminal as term } from '../terminal';

/** Largest PDF read: far above a briefing book, small enough to hash and parse in memory. */
const MAX_PDF_BYTES = 200_000_000;

/** Prints the identification; exit 1 when the file is no known copy. */
export async function runIdentify(args: string[], out: (text: string) => void): Promise<number> {
  const [pdf, ...bookFiles] = args;
  if (!pdf) throw usageError('identify: give FILE.pdf (and the BOOK.json files to search)');
  let bytes: Buffer;
  try {
    bytes = await readFile(pdf);
  } catch (error) {
    throw new CliError(`${pdf}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (bytes.length > MAX_PDF_BYTES)
    throw new CliError(`${pdf}: larger than 200 MB; not a briefing-book copy`);
  const books = [];
  for (const f of bookFiles) books.push(await readBookInput(f));
  const found = await identifyPdf(new Uint8Array(bytes), books);
  if (!found) {
    out(`${term(pdf)}: ${NO_MATCH}${books.length === 0 ? ' (no BOOK.json given to search)' : ''}`);
    return 1;
  }
  out(`${term(pdf)}: ${term(found.message)}`);
  out(
    `  book id ${found.bookId}, distribution ${found.stamp.distributionId}, sha256 ${found.sha256}`,
  );
  return 0;
}
