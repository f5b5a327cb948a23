// Start next round: new identity and dates, clearance reset to an empty draft, content kept, title re-dated.
import { describe, expect, it } from 'vitest';
import { startNextRound } from '../../../core/book/nextRound';
import { BookSchema, type Book } from '../../../core/book/schema';
import { draft } from './draft';

function cleared(): Book {
  const book = structuredClone(draft('bilateral-space-dialogue', 'JP'));
  book.copyNumber = 7;
  book.clearance = {
    drafted: { office: 'OES/SAT', name: 'A. Drafter', date: '2026-03-02' },
    cleared: [{ office: 'ISN/MTR', name: 'B. Clearer', date: '2026-03-03' }],
    approved: { office: 'OES', name: 'C. Approver', date: '2026-03-04' },
    status: 'cleared',
  };
  return book;
}

describe('startNextRound', () => {
  it('copies the book for the next meeting with a fresh draft clearance', () => {
    const past = cleared();
    const before = structuredClone(past);
    const next = startNextRound(past, {
      meetingDate: '2026-09-15',
      now: '2026-08-01T12:00:00.000Z',
      id: 'round-2',
    });
    expect(BookSchema.safeParse(next).success).toBe(true);
    expect(next).toEqual({
      ...past,
      id: 'round-2',
      title: past.title.replace(/[A-Z][a-z]+ \d{1,2}, 2026$/, 'September 15, 2026'),
      meeting: { ...past.meeting, date: '2026-09-15' },
      bookDate: '2026-08-01',
      copyNumber: null,
      clearance: { drafted: null, cleared: [], approved: null, status: 'draft' },
      createdAt: '2026-08-01T12:00:00.000Z',
      updatedAt: '2026-08-01T12:00:00.000Z',
    });
    expect(past.title).toMatch(/, [A-Z][a-z]+ \d{1,2}, 2026$/);
    expect(next.title).not.toBe(past.title);
    expect(next.title).toMatch(/, September 15, 2026$/);
    expect(past).toEqual(before);
    expect(next.tabs).not.toBe(past.tabs);
  });

  it('re-dates ISO dates in a title and keeps a title that names no date', () => {
    const past = cleared();
    const iso = startNextRound(
      { ...past, title: `Tokyo round ${past.meeting.date}` },
      { meetingDate: '2026-09-15', now: '2026-08-01T12:00:00.000Z', id: 'r2' },
    );
    expect(iso.title).toBe('Tokyo round 2026-09-15');
    const plain = startNextRound(
      { ...past, title: 'Japan space dialogue' },
      { meetingDate: '2026-09-15', now: '2026-08-01T12:00:00.000Z', id: 'r3' },
    );
    expect(plain.title).toBe('Japan space dialogue');
  });

  it('rejects a bad date or id', () => {
    const past = cleared();
    expect(() =>
      startNextRound(past, { meetingDate: '2026-09-31', now: new Date(), id: 'r' }),
    ).toThrow(/2026-09-31/);
    expect(() =>
      startNextRound(past, { meetingDate: '2026-09-30', now: new Date(), id: '../x' }),
    ).toThrow(/book id/);
  });
});
