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
  const framework = loadFramework();
  // Quotes can only be checked against the framework version the book was drafted from.
  const sameVersion = book.frameworkVersion === framework.version;
  for (const q of sameVersion ? findQuoteProblems(book, framework) : []) {
    const what =
      q.problem === 'unknown-item'
        ? 'is not in the bundled framework'
        : 'no longer matches the framework text';
    problems.push(`framework item ${q.itemId} in "${q.tabTitle}" ${what}`);
  }
  if (problems.length > 0) throw new CliError(`${file}: ${problems.join('; ')}`);
  const cited = citedFrameworkIds(book).length;
  out(
    `${file}: valid; "${book.title}", ${book.tabs.length} tabs, banner ${bannerText(bookMark(book))}, ` +
      `cites ${cited} framework item(s), ${book.clearance.status}` +
      (sameVersion
        ? ''
        : `; quotes not checked (book uses framework ${book.frameworkVersion}, bundled is ${framework.version})`),
  );
}
