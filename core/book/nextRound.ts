// "Start next round": a copy of a past book for the next meeting, with a fresh identity and clearance.
import { AppFailure } from '../ipc/result';
import { IsoDateSchema, type Book } from './schema';
import { checkBookId, isoTimestamp } from './ids';
import { applyDetails, longDate } from './fields';

/**
 * Copies `book` for the next meeting: new id, meeting date (and city, when given) and book date,
 * new timestamps, no copy number, and clearance reset to an empty draft (nobody has drafted,
 * cleared or approved the new round yet). Tabs and content are kept for the drafter to update;
 * every field shows the new details. A title that follows the details is refilled; a title
 * renamed by hand gets the new date in place of the old one (long or ISO form), so the library
 * never shows two books that both claim the old date. The copy is the next round of `book` (its
 * number one more, a book without one counting as round 1) and names it. Pure: clock and id injected.
 */
export function startNextRound(
  book: Book,
  next: { meetingDate: string; meetingCity?: string; now: Date | string; id: string },
): Book {
  if (!IsoDateSchema.safeParse(next.meetingDate).success) {
    throw new AppFailure(
      'validation',
      `meeting date "${next.meetingDate}" is not a real date as YYYY-MM-DD`,
    );
  }
  const stamp = isoTimestamp(next.now);
  const copy = structuredClone(book);
  const city = next.meetingCity?.trim();
  const moved = applyDetails(
    { ...copy, title: retitle(copy.title, copy.meeting.date, next.meetingDate) },
    { ...copy.meeting, date: next.meetingDate, ...(city ? { city } : {}) },
  );
  // A new round has handed nothing out yet: the old round's copies stay in the old book's log.
  const { distribution: _oldLog, ...fresh } = moved;
  return {
    ...fresh,
    id: checkBookId(next.id),
    bookDate: stamp.slice(0, 10),
    copyNumber: null,
    clearance: { drafted: null, cleared: [], approved: null, status: 'draft' },
    createdAt: stamp,
    updatedAt: stamp,
    // The rounds link both ways: this book names its predecessor; the library finds successors.
    round: { number: (book.round?.number ?? 1) + 1, previousBookId: book.id },
  };
}

/** Replaces the old meeting date in a title with the new one (long form first, then ISO form). */
function retitle(title: string, oldDate: string, newDate: string): string {
  return title.split(longDate(oldDate)).join(longDate(newDate)).split(oldDate).join(newDate);
}
