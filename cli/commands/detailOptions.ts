// Meeting-detail options shared by `brief set` and `brief next-round`: parse, check and apply them.
import {
  BookSchema,
  IsoDateSchema,
  type Book,
  type Meeting,
  type Person,
} from '../../core/book/schema';
import { applyDetails } from '../../core/book/fields';
import { CliError } from '../errors';

export interface DetailOptions {
  date?: string;
  city?: string;
  counterpart?: string;
  'counterpart-title'?: string;
  'counterpart-native'?: string;
  principal?: string;
  'principal-title'?: string;
}

export const DETAIL_FLAGS = [
  'date',
  'city',
  'counterpart',
  'counterpart-title',
  'counterpart-native',
  'principal',
  'principal-title',
] as const;

/** True when at least one detail option was given. */
export function hasDetails(opts: DetailOptions): boolean {
  return DETAIL_FLAGS.some((flag) => opts[flag] !== undefined);
}

/** A person with the given parts changed; an empty value clears that part (a name is required). */
function person(
  current: Person | null,
  who: string,
  name: string | undefined,
  title: string | undefined,
  native: string | undefined,
): Person | null {
  if (name === undefined && title === undefined && native === undefined) return current;
  const next: Record<string, string | undefined> = { ...(current ?? {}) };
  if (name !== undefined) next.name = name.trim();
  if (title !== undefined) next.title = title.trim() || undefined;
  if (native !== undefined) next.nativeName = native.trim() || undefined;
  if (!next.name) {
    if (name !== undefined && title === undefined && native === undefined) return null;
    throw new CliError(`--${who} is needed: the ${who} has no name yet`);
  }
  return Object.fromEntries(Object.entries(next).filter(([, v]) => v !== undefined)) as Person;
}

/** The meeting with the given options applied; bad values are one-line CliErrors naming the option. */
export function meetingWith(meeting: Meeting, opts: DetailOptions): Meeting {
  if (opts.date !== undefined && !IsoDateSchema.safeParse(opts.date).success) {
    throw new CliError(`--date ${opts.date}: not a real date as YYYY-MM-DD`);
  }
  return {
    ...meeting,
    ...(opts.date !== undefined ? { date: opts.date } : {}),
    ...(opts.city !== undefined ? { city: opts.city.trim() } : {}),
    counterpart: person(
      meeting.counterpart,
      'counterpart',
      opts.counterpart,
      opts['counterpart-title'],
      opts['counterpart-native'],
    ),
    principal: person(
      meeting.principal,
      'principal',
      opts.principal,
      opts['principal-title'],
      undefined,
    ),
  };
}

/** The book with new details (fields and a following title refreshed), checked against the schema. */
export function bookWithDetails(book: Book, opts: DetailOptions): Book {
  const next = applyDetails(book, meetingWith(book.meeting, opts));
  const parsed = BookSchema.safeParse(next);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') ?? '';
    throw new CliError(`${where ? `${where}: ` : ''}${issue?.message ?? 'invalid details'}`);
  }
  return parsed.data;
}
