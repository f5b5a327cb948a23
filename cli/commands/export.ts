// `brief export BOOK.json [BOOK2.json ...] --out out.pdf`: renders one book, or several as a packet, to PDF.
import { loadFramework } from '../../core/data';
import { renderPdf } from '../../node/pdf/renderPdf';
import { assertAllPortionsMarked } from '../../core/book/markings';
import { readBookFileAt } from '../../node/storage/bookFile';
import { CliError, usageError } from '../errors';
import { exists, writeFileAtomic } from '../io';
import { escapeForTerminal as term } from '../terminal';

export interface ExportOptions {
  out?: string;
  title?: string;
  force?: boolean;
}

/** Validates every book first, renders, then writes the PDF atomically (no partial file on failure). */
export async function runExport(
  files: string[],
  opts: ExportOptions,
  out: (text: string) => void,
): Promise<void> {
  if (files.length === 0) throw usageError('export: give at least one BOOK.json');
  if (!opts.out) throw usageError('export: --out is required');
  if (!opts.out.toLowerCase().endsWith('.pdf'))
    throw usageError(`export: --out ${opts.out} must end in .pdf`);
  if (!opts.force && (await exists(opts.out))) {
    throw new CliError(`${opts.out} already exists; pass --force to replace it`);
  }
  const books = [];
  for (const file of files) {
    // The app's codec: the same verdict as opening or importing the file in the app.
    const book = await readBookFileAt(file, file, { requireChecksum: false });
    // Checked here too so the message names the file; the renderer refuses unmarked portions as well.
    try {
      assertAllPortionsMarked(book);
    } catch (error) {
      throw new CliError(`${file}: ${(error as Error).message}`);
    }
    books.push(book);
  }
  const ids = new Set(books.map((b) => b.id));
  if (ids.size !== books.length) throw new CliError('export: the same book was given twice');
  const { bytes, pages } = await renderPdf({
    books,
    framework: loadFramework(),
    ...(opts.title ? { packetTitle: opts.title } : {}),
  });
  await writeFileAtomic(opts.out, bytes);
  const what =
    books.length === 1 ? `"${term(books[0]!.title)}"` : `packet of ${books.length} books`;
  out(`Wrote ${term(opts.out)}: ${what}, ${pages} pages`);
}
