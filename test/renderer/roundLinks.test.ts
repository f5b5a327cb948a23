// Rounds of one dialogue: round numbers and previous/next links found among library and trash rows.
import { describe, expect, it } from 'vitest';
import type { BookSummary } from '../../core/ipc/contract';
import { roundLinks, roundNumbers } from '../../renderer/features/library/roundLinks';

const row = (id: string, meetingDate: string, round: number | null, prev: string | null) =>
  ({ id, meetingDate, round, previousRoundId: prev, title: `Book ${id}` }) as BookSummary;

const r1 = row('r1', '2026-03-14', null, null);
const r2 = row('r2', '2026-09-15', 2, 'r1');
const r3 = row('r3', '2027-03-01', 3, 'r2');
const alone = row('alone', '2026-05-01', null, null);

describe('roundLinks', () => {
  it('links a middle round to both neighbours in the library', () => {
    const links = roundLinks('r2', 2, 'r1', [r1, r2, r3, alone], []);
    expect(links.number).toBe(2);
    expect(links.previous).toEqual({ state: 'live', book: r1 });
    expect(links.next).toEqual([{ state: 'live', book: r3 }]);
  });

  it('counts a book without a recorded round as round 1 once it has a next round', () => {
    expect(roundLinks('r1', null, null, [r1, r2], []).number).toBe(1);
    expect(roundLinks('alone', null, null, [r1, r2, alone], [])).toEqual({
      number: null,
      previous: null,
      next: [],
    });
  });

  it('says when the other round is in the trash or gone, never a live link', () => {
    expect(roundLinks('r2', 2, 'r1', [r2], [r1]).previous).toEqual({ state: 'trashed', book: r1 });
    expect(roundLinks('r2', 2, 'r1', [r2], []).previous).toEqual({ state: 'missing', id: 'r1' });
    expect(roundLinks('r2', 2, 'r1', [r1, r2], [r3]).next).toEqual([
      { state: 'trashed', book: r3 },
    ]);
  });

  it('lists several next rounds by meeting date, and ignores a book naming itself', () => {
    const again = row('r2b', '2026-08-01', 2, 'r1');
    const next = roundLinks('r1', null, null, [r2, again, r1], []).next;
    expect(next.map((n) => (n.state === 'missing' ? n.id : n.book.id))).toEqual(['r2b', 'r2']);
    expect(roundLinks('self', 2, 'self', [], []).previous).toBeNull();
  });
});

describe('roundNumbers', () => {
  it('badges every round of a series and no book outside one', () => {
    expect([...roundNumbers([r1, r2, r3, alone])]).toEqual([
      ['r1', 1],
      ['r2', 2],
      ['r3', 3],
    ]);
  });
});
