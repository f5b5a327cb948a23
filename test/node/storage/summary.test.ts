// Library rows carry the search text: city, counterpart and a bounded excerpt of the tabs' plain text.
import { describe, expect, it } from 'vitest';
import { EXCERPT_CHARS, summarize } from '../../../node/storage/summary';
import { makeBook } from './bookFixture';

describe('summarize', () => {
  it('carries city and counterpart (with the native-script name)', () => {
    const book = makeBook();
    book.meeting.city = 'Nairobi';
    book.meeting.counterpart = { name: 'Test Counterpart', nativeName: 'テスト' };
    const row = summarize(book);
    expect(row.city).toBe('Nairobi');
    expect(row.counterpart).toBe('Test Counterpart テスト');
    expect(summarize(makeBook()).counterpart).toBe('');
  });

  it('keeps the start of the body text, across tabs, cut at EXCERPT_CHARS', () => {
    const small = summarize(makeBook());
    expect(small.excerpt).toMatch(/^Fixture purpose\. Test paragraph 1: fixture text/);
    const big = summarize(makeBook({}, 40));
    expect(big.excerpt.length).toBe(EXCERPT_CHARS);
    expect(big.excerpt.startsWith(small.excerpt.slice(0, 200))).toBe(true);
  });

  it('carries the round and the previous round, or nulls for a book that records none', () => {
    expect(summarize(makeBook())).toMatchObject({ round: null, previousRoundId: null });
    const next = makeBook({ round: { number: 3, previousBookId: 'round-2' } });
    expect(summarize(next)).toMatchObject({ round: 3, previousRoundId: 'round-2' });
  });
});
