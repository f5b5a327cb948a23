// `brief next-round BOOK.json --date YYYY-MM-DD [--city CITY] --out NEW.json`: the app's "Start next round".
import { randomUUID } from 'node:crypto';
import { startNextRound } from '../../core/book/nextRound';
import { readBookInput, writeBookOutput } from '../bookInput';
import { CliError, usageError } from '../errors';
import { exists } from '../io';

export interface NextRoundOptions {
  date?: string;
  city?: string;
  out?: string;
  force?: boolean;
}

/** Copies the book for the next meeting (fresh id and clearance, fields on the new details) to --out. */
export async function runNextRound(
  files: string[],
  opts: NextRoundOptions,
  out: (text: string) => void,
): Promise<void> {
  if (files.length !== 1) throw usageError('next-round: give exactly one BOOK.json');
  if (!opts.date) throw usageError('next-round: --date is required');
  if (!opts.out) throw usageError('next-round: --out is required');
  if (!opts.force && (await exists(opts.out))) {
    throw new CliError(`${opts.out} already exists; pass --force to replace it`);
  }
  const book = await readBookInput(files[0]!);
  let next;
  try {
    next = startNextRound(book, {
      meetingDate: opts.date,
      ...(opts.city !== undefined ? { meetingCity: opts.city } : {}),
      now: new Date(),
      id: randomUUID(),
    });
  } catch (error) {
    // Name the option rather than the internal field.
    if (error instanceof Error && error.message.includes(`"${opts.date}"`))
      throw new CliError(`--date ${opts.date}: not a real date as YYYY-MM-DD`);
    throw error;
  }
  await writeBookOutput(opts.out, next);
  out(
    `Wrote ${opts.out}: "${next.title}" (next round of ${files[0]}, meeting ${next.meeting.date})`,
  );
}
