// `brief export BOOK.json --format docx --out OUT.docx`: one book as a Word document for clearance.
import { loadFramework } from '../../core/data';
import { checkReadiness, exportRefusals } from '../../core/readiness';
import { ensureBlockIds } from '../../core/book/blockIds';
import { readBookFileAt } from '../../node/storage/bookFile';
import { exportDocx } from '../../node/docx/exportDocx';
import { todayIso } from './check';
import { CliError, usageError } from '../errors';
import { exists, writeFileAtomic } from '../io';
import { escapeForTerminal as term } from '../terminal';

/**
 * Validates the book through the app's codec and readiness (as a draft PDF export), then writes the
 * DOCX atomically. Blocks without a stable ID get the deterministic ones `ensureBlockIds` gives, so
 * importing the cleared file against the same book file finds them again.
 */
export async function runExportDocx(
  files: string[],
  opts: { out?: string; force?: boolean; final?: boolean } & Record<string, unknown>,
  out: (text: string) => void,
): Promise<void> {
  if (files.length !== 1) throw usageError('export --format docx: give exactly one BOOK.json');
  // PDF-only options are refused rather than ignored: the Word file is always the full book.
  const pdfOnly = [
    'title',
    'password-file',
    'audience',
    'keep-citations',
    'copies',
    'recipients',
    'addendum',
  ].filter((o) => opts[o] !== undefined);
  if (pdfOnly.length > 0)
    throw usageError(`export --format docx: --${pdfOnly.join(', --')} apply to PDF exports only`);
  if (!opts.out) throw usageError('export: --out is required');
  if (!opts.out.toLowerCase().endsWith('.docx'))
    throw usageError(`export: --out ${opts.out} must end in .docx`);
  if (!opts.force && (await exists(opts.out)))
    throw new CliError(`${opts.out} already exists; pass --force to replace it`);
  const file = files[0]!;
  const framework = loadFramework();
  const book = ensureBlockIds(await readBookFileAt(file, file, { requireChecksum: false }));
  const refusals = exportRefusals(
    checkReadiness({ book, framework, today: todayIso() }),
    opts.final ? 'final' : 'draft',
  );
  if (refusals.length > 0) {
    const shown = refusals.slice(0, 10).map((p) => `${p.where}: ${p.message}`);
    throw new CliError(
      `${file}: ${opts.final ? 'not ready for a final export' : 'cannot be exported'} (${refusals.length} blocker(s); see brief check ${file}); nothing written: ${shown.join('; ')}`,
    );
  }
  let written;
  try {
    written = await exportDocx(book, framework);
  } catch (error) {
    throw new CliError(`${file}: ${(error as Error).message}`);
  }
  await writeFileAtomic(opts.out, written.bytes);
  out(`Wrote ${term(opts.out)}: "${term(book.title)}" as Word (${written.banner})`);
}
