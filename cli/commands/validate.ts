// `brief validate BOOK.json`: schema, portion marks and framework quotes; non-zero exit when anything is wrong.
import { loadFramework } from '../../core/data';
import {
  bookMark,
  citedFrameworkIds,
  describeUnmarked,
  findUnmarkedPortions,
} from '../../core/book/markings';
import { findQuoteProblems } from '../../core/book/quotes';
import { bannerText } from '../../core/book/marks';
import { assertKnownFrameworkVersion } from '../../core/data/knownFrameworkVersion';
import { readBookFile } from '../bookFile';
import { CliError, usageError } from '../errors';

/** Prints a one-line summary of a valid book, or throws one line listing every problem found. */
export async function runValidate(files: string[], out: (text: string) => void): Promise<void> {
  if (files.length !== 1) throw usageError('validate: give exactly one BOOK.json');
  const file = files[0]!;
  const book = await readBookFile(file);
  const problems: string[] = [];
  const unmarked = findUnmarkedPortions(book);
  if (unmarked.length > 0) problems.push(describeUnmarked(unmarked));
  // A book from a framework version this app does not hold is refused: its quotes cannot be verified.
  try {
    assertKnownFrameworkVersion(book);
  } catch (error) {
    throw new CliError(`${file}: ${(error as Error).message}`);
  }
  const framework = loadFramework();
  for (const q of findQuoteProblems(book, framework)) {
    const what =
      q.problem === 'unknown-item'
        ? 'is not in the bundled framework'
        : q.problem === 'unknown-version'
          ? `is from framework ${book.frameworkVersion}, not the bundled ${framework.version}`
          : 'no longer matches the framework text';
    problems.push(`framework item ${q.itemId} in "${q.tabTitle}" ${what}`);
  }
  if (problems.length > 0) throw new CliError(`${file}: ${problems.join('; ')}`);
  const cited = citedFrameworkIds(book).length;
  out(
    `${file}: valid; "${book.title}", ${book.tabs.length} tabs, banner ${bannerText(bookMark(book))}, ` +
      `cites ${cited} framework item(s), ${book.clearance.status}`,
  );
}
