// `brief validate BOOK.json`: schema, portion marks and framework quotes; non-zero exit when anything is wrong.
import { loadFrameworkVersion } from '../../core/data';
import {
  bookMark,
  citedFrameworkIds,
  describeUnmarked,
  findUnmarkedPortions,
} from '../../core/book/markings';
import { findQuoteProblems } from '../../core/book/quotes';
import { bannerText } from '../../core/book/marks';
import { readBookFileAt } from '../../node/storage/bookFile';
import { CliError, usageError } from '../errors';
import { escapeForTerminal as term } from '../terminal';

/** Prints a one-line summary of a valid book, or throws one line listing every problem found. */
export async function runValidate(files: string[], out: (text: string) => void): Promise<void> {
  if (files.length !== 1) throw usageError('validate: give exactly one BOOK.json');
  const file = files[0]!;
  // The app's codec: the same verdict as opening or importing the file in the app.
  const book = await readBookFileAt(file, file, { requireChecksum: false });
  const problems: string[] = [];
  const unmarked = findUnmarkedPortions(book);
  if (unmarked.length > 0) problems.push(describeUnmarked(unmarked));
  // Quotes are checked against the framework version the book was drafted from (the codec has
  // already refused a version this app does not hold).
  const framework = loadFrameworkVersion(book.frameworkVersion);
  for (const q of findQuoteProblems(book, framework)) {
    const what =
      q.problem === 'unknown-item'
        ? 'is not in the bundled framework'
        : 'no longer matches the framework text';
    problems.push(`framework item ${q.itemId} in "${term(q.tabTitle)}" ${what}`);
  }
  if (problems.length > 0) throw new CliError(`${file}: ${problems.join('; ')}`);
  const cited = citedFrameworkIds(book).length;
  out(
    `${term(file)}: valid; "${term(book.title)}", ${book.tabs.length} tabs, banner ${bannerText(bookMark(book))}, ` +
      `cites ${cited} framework item(s), ${book.clearance.status}`,
  );
}
