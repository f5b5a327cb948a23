// `brief export BOOK.json --copies N --recipients "A;B;C" --out DIR` and `brief export BOOK.json --addendum --out DIR`: numbered copies and addenda, logged in the book.
import { loadFramework } from '../../core/data';
import { assertKnownFrameworkVersion } from '../../core/data/knownFrameworkVersion';
import { assertAllPortionsMarked } from '../../core/book/markings';
import { parseRecipients } from '../../core/book/distribution';
import { checkReadiness, exportRefusals } from '../../core/readiness';
import { renderPdf } from '../../node/pdf/renderPdf';
import { renderAddendum, renderCopies, withDistribution } from '../../node/copies/distribute';
import { assertFolder, removeFileSet, writeFileSet } from '../../node/copies/writeFileSet';
import { readBookInput, writeBookOutput } from '../bookInput';
import { todayIso } from './check';
import { CliError, usageError } from '../errors';
import { escapeForTerminal as term } from '../terminal';

export interface CopiesOptions {
  out?: string;
  copies?: string;
  recipients?: string;
  addendum?: boolean;
  force?: boolean;
  final?: boolean;
  title?: string;
  'password-file'?: string;
}

/** True when the export command line asks for numbered copies or an addendum. */
export const wantsCopies = (opts: CopiesOptions): boolean =>
  opts.copies !== undefined || opts.recipients !== undefined || opts.addendum === true;

/** Checks the command line; returns the copy count (undefined for an addendum). */
function checkLine(files: string[], opts: CopiesOptions): number | undefined {
  const what = opts.addendum ? '--addendum' : '--copies';
  if (files.length !== 1) throw usageError(`export ${what}: give exactly one BOOK.json`);
  if (!opts.out) throw usageError(`export ${what}: --out DIR (a folder) is required`);
  if (opts.title !== undefined) throw usageError(`export ${what}: --title is for packets only`);
  if (opts['password-file'] !== undefined)
    throw usageError(`export ${what}: --password-file is not supported for numbered copies`);
  if (opts.addendum) {
    if (opts.copies !== undefined || opts.recipients !== undefined)
      throw usageError(
        'export --addendum: goes to the recipients of the last copies; drop --copies/--recipients',
      );
    return undefined;
  }
  if (opts.copies === undefined) throw usageError('export --recipients: give --copies N too');
  if (!/^\d{1,3}$/.test(opts.copies) || Number(opts.copies) < 1)
    throw usageError(`export --copies ${opts.copies}: expected a whole number from 1 to 99`);
  if (opts.recipients === undefined)
    throw usageError('export --copies: give --recipients "Name 1;Name 2;..." (one per copy)');
  return Number(opts.copies);
}

/** Renders the copies (or the addendum), writes them all or none, then records them in BOOK.json. */
export async function runCopiesExport(
  files: string[],
  opts: CopiesOptions,
  out: (text: string) => void,
): Promise<void> {
  const count = checkLine(files, opts);
  const file = files[0]!;
  const dir = opts.out!;
  let recipients: string[] = [];
  if (count !== undefined) {
    try {
      recipients = parseRecipients(opts.recipients!);
    } catch (error) {
      throw new CliError(`--recipients: ${(error as Error).message}`);
    }
    if (recipients.length !== count)
      throw new CliError(
        `--copies ${count} needs ${count} recipients; --recipients names ${recipients.length}; nothing written`,
      );
  }
  await assertFolder(dir).catch((error: Error) => {
    throw new CliError(`--out ${error.message}; nothing written`);
  });
  const framework = loadFramework();
  const book = await readBookInput(file);
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
  if (refusals.length > 0)
    throw new CliError(
      `${file}: ${opts.final ? 'not ready for a final export' : 'cannot be exported'} (${refusals.length} blocker(s); see brief check ${file}); nothing written`,
    );
  const input = { book, framework, render: (r: Parameters<typeof renderPdf>[0]) => renderPdf(r) };
  const set =
    count === undefined
      ? await renderAddendum(input)
      : await renderCopies({ ...input, recipients, count });
  const paths = await writeFileSet(dir, set.files, { overwrite: opts.force === true });
  try {
    await writeBookOutput(file, withDistribution(book, set.entry));
  } catch (error) {
    // Copies that are not in the log would be untraceable: take them back.
    await removeFileSet(paths);
    throw new CliError(
      `${file}: could not record the distribution (${(error as Error).message}); the copies were removed`,
    );
  }
  const n = set.files.length;
  const kind =
    set.entry.addendum > 0
      ? `Addendum ${set.entry.addendum} (${n} ${n === 1 ? 'copy' : 'copies'})`
      : `${n} numbered ${n === 1 ? 'copy' : 'copies'}`;
  out(`Wrote ${kind} of "${term(book.title)}" into ${term(dir)}:`);
  for (const f of set.files) out(`  ${term(f.fileName)}  ${f.pages} pages  sha256 ${f.sha256}`);
  if (set.changes.length > 0) out(`Change list: ${set.changes.length} block change(s)`);
  out(`Recorded in the distribution log of ${term(file)}`);
}
