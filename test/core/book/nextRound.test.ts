// Start next round: new identity and dates, clearance reset to an empty draft, content kept, title re-dated.
import { describe, expect, it } from 'vitest';
import { startNextRound } from '../../../core/book/nextRound';
import { BookSchema, type Book } from '../../../core/book/schema';
import { walkNodes } from '../../../core/book/walk';
import { draft } from './draft';

/** Every field node's (field, text) in the book, in order. */
function fields(book: Book): Array<[unknown, unknown]> {
  return book.tabs.flatMap((t) =>
    [...walkNodes(t.content.root)]
      .filter((n) => n.type === 'field')
      .map((n): [unknown, unknown] => [n.field, n.text]),
  );
}

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
    const { tabs: nextTabs, ...nextRest } = next;
    const { tabs: _pastTabs, ...pastRest } = past;
    expect(nextRest).toEqual({
      ...pastRest,
      id: 'round-2',
      title: past.title.replace(/[A-Z][a-z]+ \d{1,2}, 2026$/, 'September 15, 2026'),
      meeting: { ...past.meeting, date: '2026-09-15' },
      bookDate: '2026-08-01',
      copyNumber: null,
      clearance: { drafted: null, cleared: [], approved: null, status: 'draft' },
      createdAt: '2026-08-01T12:00:00.000Z',
      updatedAt: '2026-08-01T12:00:00.000Z',
      round: { number: 2, previousBookId: past.id },
    });
    expect(past.title).toMatch(/, [A-Z][a-z]+ \d{1,2}, 2026$/);
    expect(next.title).not.toBe(past.title);
    expect(next.title).toMatch(/, September 15, 2026$/);
    expect(past).toEqual(before);
    expect(nextTabs).not.toBe(past.tabs);
    // Every date field shows the new date; the other fields are as they were.
    const dates = fields(next).filter(([f]) => f === 'meeting.date');
    expect(dates.length).toBeGreaterThan(1);
    expect(dates.every(([, text]) => text === 'September 15, 2026')).toBe(true);
    expect(fields(next).filter(([f]) => f !== 'meeting.date')).toEqual(
      fields(past).filter(([f]) => f !== 'meeting.date'),
    );
    expect(JSON.stringify(nextTabs)).not.toContain('March 12, 2026');
  });

  it('moves the city too when given, in every field and a following title', () => {
    const past = cleared();
    const next = startNextRound(past, {
      meetingDate: '2026-09-15',
      meetingCity: ' Osaka ',
      now: '2026-08-01T12:00:00.000Z',
      id: 'r4',
    });
    expect(next.meeting.city).toBe('Osaka');
    const cities = fields(next).filter(([f]) => f === 'meeting.city');
    expect(cities.length).toBeGreaterThan(0);
    expect(cities.every(([, text]) => text === 'Osaka')).toBe(true);
    expect(JSON.stringify(next.tabs)).not.toContain('Tokyo');
  });

  it('re-dates ISO dates in a renamed title and keeps one that names no date', () => {
    const past = { ...cleared(), titleIsCustom: true };
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

  it('counts rounds on from the past one and names it, so rounds link both ways', () => {
    const first = cleared();
    expect(first.round).toBeUndefined();
    const opts = (id: string, date: string) => ({ meetingDate: date, now: new Date(), id });
    const second = startNextRound(first, opts('round-2', '2026-09-15'));
    const third = startNextRound(second, opts('round-3', '2027-03-01'));
    expect(second.round).toEqual({ number: 2, previousBookId: first.id });
    expect(third.round).toEqual({ number: 3, previousBookId: 'round-2' });
    expect(BookSchema.safeParse(third).success).toBe(true);
    // A round field is optional, and its id is checked like any book id.
    expect(BookSchema.safeParse({ ...third, round: { number: 0 } }).success).toBe(false);
    const badId = { ...third, round: { number: 3, previousBookId: '../x' } };
    expect(BookSchema.safeParse(badId).success).toBe(false);
  });
});
