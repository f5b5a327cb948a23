// "Start next round": a copy of a past book for the next meeting, with a fresh identity and clearance.
import { AppFailure } from '../ipc/result';
import { IsoDateSchema, type Book } from './schema';
import { checkBookId, isoTimestamp } from './ids';
import { longDate } from './placeholders';

/**
 * Copies `book` for the next meeting: new id, meeting date and book date, new timestamps, no copy
 * number, and clearance reset to an empty draft (nobody has drafted, cleared or approved the new
 * round yet). Tabs and content are kept for the drafter to update; in the title, the old meeting
 * date (long or ISO form, as templates print it) becomes the new one, so the library never shows two
 * books that both claim the old date. Pure: clock and id injected.
 */
export function startNextRound(
  book: Book,
  next: { meetingDate: string; now: Date | string; id: string },
): Book {
  if (!IsoDateSchema.safeParse(next.meetingDate).success) {
    throw new AppFailure(
      'validation',
      `meeting date "${next.meetingDate}" is not a real date as YYYY-MM-DD`,
    );
  }
  const stamp = isoTimestamp(next.now);
  const copy = structuredClone(book);
  return {
    ...copy,
    id: checkBookId(next.id),
    title: retitle(copy.title, copy.meeting.date, next.meetingDate),
    meeting: { ...copy.meeting, date: next.meetingDate },
    bookDate: stamp.slice(0, 10),
    copyNumber: null,
    clearance: { drafted: null, cleared: [], approved: null, status: 'draft' },
    createdAt: stamp,
    updatedAt: stamp,
  };
}

/** Replaces the old meeting date in a title with the new one (long form first, then ISO form). */
function retitle(title: string, oldDate: string, newDate: string): string {
  return title.split(longDate(oldDate)).join(longDate(newDate)).split(oldDate).join(newDate);
}
