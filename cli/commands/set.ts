// `brief set BOOK.json [--date] [--city] [--counterpart ...]`: changes a book's details; every field follows.
import { readBookInput, writeBookOutput } from '../bookInput';
import { usageError } from '../errors';
import { bookWithDetails, hasDetails, type DetailOptions } from './detailOptions';

/** Reads the book, applies the details, writes it back in place atomically. */
export async function runSet(
  files: string[],
  opts: DetailOptions,
  out: (text: string) => void,
): Promise<void> {
  if (files.length !== 1) throw usageError('set: give exactly one BOOK.json');
  if (!hasDetails(opts)) throw usageError('set: give at least one detail to change, e.g. --date');
  const file = files[0]!;
  const book = await readBookInput(file);
  const next = bookWithDetails({ ...book, updatedAt: new Date().toISOString() }, opts);
  await writeBookOutput(file, next);
  const m = next.meeting;
  out(
    `Updated ${file}: "${next.title}" (meeting ${m.date}${m.city ? `, ${m.city}` : ''}${m.counterpart ? `, with ${m.counterpart.name}` : ''})`,
  );
}
