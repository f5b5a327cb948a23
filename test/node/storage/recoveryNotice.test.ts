// The restore notice: book title, backup generation, save time in UTC and the full path of the kept damaged file.
import { describe, expect, it } from 'vitest';
import { recoveryNotice } from '../../../node/storage/recoveryNotice';
import { makeBook } from './bookFixture';

const book = makeBook({ title: 'Tokyo round', updatedAt: '2026-05-01T12:00:03.456Z' });

describe('recoveryNotice', () => {
  it('names the book, the generation it came from, when that was saved and where the damage was kept', () => {
    const notice = recoveryNotice('/data/books/book-1', {
      book,
      recovery: {
        from: 'book.json.bak2',
        problems: ['book.json: checksum mismatch', 'book.json.bak1: missing'],
        damagedKeptAs: 'book.json.damaged-2026-05-01T12-00-05-000Z',
      },
    });
    expect(notice).toEqual({
      level: 'warning',
      message:
        '"Tokyo round" was damaged on disk; it was restored from its newest good backup (book.json.bak2, backup 2, saved 2026-05-01 12:00:03 UTC). The damaged file was kept as /data/books/book-1/book.json.damaged-2026-05-01T12-00-05-000Z.',
    });
  });

  it('says so when there was no current file to keep', () => {
    const notice = recoveryNotice('/data/books/book-1', {
      book,
      recovery: { from: 'book.json.bak1', problems: ['book.json: missing'], damagedKeptAs: null },
    });
    expect(notice.message).toMatch(
      /backup 1, saved .*\. The current file was missing, so there was no damaged copy to keep\.$/,
    );
  });
});
