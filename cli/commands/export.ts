// `brief export BOOK.json [BOOK2.json ...] --out out.pdf [--final] [--password-file FILE] [--audience full|nonpaper|pocket]`: renders one book, or several as a packet, to PDF.
import { readFile } from 'node:fs/promises';
import { loadFramework } from '../../core/data';
import { pdfPasswordProblem } from '../../node/pdf/encryption';
import { renderPdf } from '../../node/pdf/renderPdf';
import { assertAllPortionsMarked } from '../../core/book/markings';
import { readBookFileAt } from '../../node/storage/bookFile';
import { assertKnownFrameworkVersion } from '../../core/data/knownFrameworkVersion';
import { checkReadiness, exportRefusals } from '../../core/readiness';
import { todayIso } from './check';
import { CliError, usageError } from '../errors';
import { AUDIENCES, type Audience } from '../../core/pdf/audience';
import { exists, writeFileAtomic } from '../io';
import { escapeForTerminal as term } from '../terminal';
import { runCopiesExport, wantsCopies, type CopiesOptions } from './copies';

export interface ExportOptions {
  out?: string;
  title?: string;
  force?: boolean;
  /** A final export: refused until the book has no blocker (placeholders included). */
  final?: boolean;
  /** A file whose first line is the PDF password (AES-256); a file keeps it out of shell history and `ps`. */
  'password-file'?: string;
  /** full (default), nonpaper or pocket: core/pdf/audience.ts. */
  audience?: string;
  /** Non-paper: keep the U.S.-internal framework citations. */
  'keep-citations'?: boolean;
}

/** The --audience value, checked; a usage error names the choices. */
function parseAudience(opts: ExportOptions, files: string[]): Audience {
  const audience = opts.audience ?? 'full';
  if (!(AUDIENCES as readonly string[]).includes(audience))
    throw usageError(
      `export: --audience must be one of ${AUDIENCES.join(', ')}, not "${audience}"`,
    );
  if (audience !== 'full' && files.length > 1)
    throw usageError(`export: --audience ${audience} takes one book, not a packet`);
  if (opts['keep-citations'] && audience !== 'nonpaper')
    throw usageError('export: --keep-citations applies to --audience nonpaper only');
  return audience as Audience;
}

/** The password on the first line of `file`; a one-line error naming the file, never the password. */
async function readPasswordFile(file: string): Promise<string> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(
      `--password-file ${file}: cannot read (${code ?? (error as Error).message})`,
    );
  }
  const password = text.split(/\r?\n/, 1)[0] ?? '';
  const problem = pdfPasswordProblem(password);
  if (problem) throw new CliError(`--password-file ${file}: ${problem}; nothing written`);
  return password;
}

/** Validates every book first, renders, then writes the PDF atomically (no partial file on failure). */
export async function runExport(
  files: string[],
  opts: ExportOptions,
  out: (text: string) => void,
): Promise<void> {
  if (wantsCopies(opts as CopiesOptions)) return runCopiesExport(files, opts as CopiesOptions, out);
  if (files.length === 0) throw usageError('export: give at least one BOOK.json');
  if (!opts.out) throw usageError('export: --out is required');
  if (!opts.out.toLowerCase().endsWith('.pdf'))
    throw usageError(`export: --out ${opts.out} must end in .pdf`);
  const audience = parseAudience(opts, files);
  if (!opts.force && (await exists(opts.out))) {
    throw new CliError(`${opts.out} already exists; pass --force to replace it`);
  }
  const passwordFile = opts['password-file'];
  const password = passwordFile === undefined ? undefined : await readPasswordFile(passwordFile);
  const framework = loadFramework();
  const books = [];
  for (const file of files) {
    // The app's codec: the same verdict as opening or importing the file in the app.
    const book = await readBookFileAt(file, file, { requireChecksum: false });
    // Checked here too so the message names the file; the renderer refuses unmarked portions as well.
    try {
      assertKnownFrameworkVersion(book);
      assertAllPortionsMarked(book);
    } catch (error) {
      throw new CliError(`${file}: ${(error as Error).message}`);
    }
    const refusals = exportRefusals(
      checkReadiness({ book, framework, today: todayIso() }),
      opts.final ? 'final' : 'draft',
    );
    if (refusals.length > 0) {
      const shown = refusals.slice(0, 10).map((p) => `${p.where}: ${p.message}`);
      const more = refusals.length > 10 ? `; and ${refusals.length - 10} more` : '';
      throw new CliError(
        `${file}: ${opts.final ? 'not ready for a final export' : 'cannot be exported'} (${refusals.length} blocker(s); see brief check ${file}); nothing written: ${shown.join('; ')}${more}`,
      );
    }
    books.push(book);
  }
  const ids = new Set(books.map((b) => b.id));
  if (ids.size !== books.length) throw new CliError('export: the same book was given twice');
  const { bytes, pages } = await renderPdf({
    books,
    framework,
    ...(opts.title ? { packetTitle: opts.title } : {}),
    ...(password === undefined ? {} : { password }),
    audience,
    keepCitations: opts['keep-citations'] === true,
  });
  await writeFileAtomic(opts.out, bytes);
  const kind = { full: '', nonpaper: 'non-paper of ', pocket: 'pocket card of ' }[audience];
  const what =
    books.length === 1 ? `${kind}"${term(books[0]!.title)}"` : `packet of ${books.length} books`;
  out(
    `Wrote ${term(opts.out)}: ${what}, ${pages} pages${password ? ', password-protected (AES-256)' : ''}`,
  );
}
