// The addendum change list (block alignment, word summaries), the copy stamp's Keywords round trip, and the log across rounds.
import { describe, expect, it } from 'vitest';
import { diffBlocks, wordSummary } from '../../../core/book/changeList';
import {
  formatStampKeywords,
  nextAddendum,
  parseRecipients,
  parseStampKeywords,
  type Distribution,
} from '../../../core/book/distribution';
import { startNextRound } from '../../../core/book/nextRound';
import { BookSchema } from '../../../core/book/schema';
import { draft } from './draft';

describe('diffBlocks', () => {
  it('reports a changed, an added and a removed block with their numbers', () => {
    const before = ['Intro stays.', 'We will discuss lunar cooperation.', 'Old closing line.'];
    const after = ['Intro stays.', 'We will discuss lunar and Mars cooperation.', 'A new block.'];
    expect(diffBlocks('Scenario', before, after)).toEqual([
      {
        tab: 'Scenario',
        block: 2,
        kind: 'changed',
        summary: 'added "and Mars" (+2/−0 words)',
      },
      {
        tab: 'Scenario',
        block: 3,
        kind: 'changed',
        summary: expect.stringContaining('added "A new block."'),
      },
    ]);
  });

  it('keeps unchanged blocks out and finds an insertion in the middle', () => {
    const changes = diffBlocks(
      'Press Line',
      ['a b', 'c d', 'e f'],
      ['a b', 'new words', 'c d', 'e f'],
    );
    expect(changes).toEqual([
      { tab: 'Press Line', block: 2, kind: 'added', summary: 'new: "new words"' },
    ]);
    expect(diffBlocks('T', ['x', 'y'], ['x'])).toEqual([
      { tab: 'T', block: 2, kind: 'removed', summary: 'removed: "y"' },
    ]);
    expect(diffBlocks('T', ['x'], ['x'])).toEqual([]);
  });

  it('summarises a whitespace-only change as formatting', () => {
    expect(wordSummary('one  two', 'one two')).toBe('formatting or marking changed');
  });
});

describe('copy stamp and recipients', () => {
  it('round-trips the stamp, names with spaces and non-ASCII included', () => {
    const stamp = {
      bookId: 'b-1',
      distributionId: 'd1',
      number: 2,
      of: 3,
      recipient: 'Søren Ångström',
      addendum: 1,
    };
    const keywords = formatStampKeywords(stamp);
    expect(keywords).toMatch(/^[\x20-\x7e]+$/); // plain ASCII in the Info dictionary
    expect(parseStampKeywords(keywords)).toEqual(stamp);
    expect(parseStampKeywords('briefing, space')).toBeUndefined();
    expect(parseStampKeywords(keywords.replace('copy=2', 'copy=two'))).toBeUndefined();
  });

  it('splits recipients on ";" or lines and refuses repeats', () => {
    expect(parseRecipients(' A  One ;B\n\nC ')).toEqual(['A One', 'B', 'C']);
    expect(() => parseRecipients('A;a')).toThrow(/recipient 2 \("a"\) is listed twice/);
  });

  it('numbers addenda after the last numbered copies', () => {
    const entry = (addendum: number): Distribution => ({
      id: `d${addendum}`,
      addendum,
      at: '2026-03-01T10:00:00.000Z',
      of: 2,
      contentHash: '0'.repeat(64),
      tabs: [],
      copies: [{ number: 1, recipient: 'A', fileName: 'a.pdf', sha256: '1'.repeat(64) }],
    });
    expect(nextAddendum(undefined)).toBeUndefined();
    expect(nextAddendum([entry(0)])?.number).toBe(1);
    expect(nextAddendum([entry(0), entry(1)])?.number).toBe(2);
    expect(nextAddendum([entry(0), entry(1), entry(0)])).toMatchObject({ number: 1 });
  });
});

describe('next round and the distribution log', () => {
  it('starts the next round with no log: its copies are not the old round’s', () => {
    const past = structuredClone(draft('bilateral-space-dialogue', 'JP'));
    past.distribution = [
      {
        id: 'd1',
        addendum: 0,
        at: '2026-03-01T10:00:00.000Z',
        of: 1,
        contentHash: '0'.repeat(64),
        tabs: [],
        copies: [{ number: 1, recipient: 'A', fileName: 'a.pdf', sha256: '1'.repeat(64) }],
      },
    ];
    expect(BookSchema.safeParse(past).success).toBe(true);
    const next = startNextRound(past, {
      meetingDate: '2026-09-15',
      now: '2026-08-01T12:00:00.000Z',
      id: 'round-2',
    });
    expect(next.distribution).toBeUndefined();
    expect(past.distribution).toHaveLength(1);
  });
});
