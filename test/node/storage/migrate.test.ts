// core/book/migrate.ts: explicit step-by-step migration by formatVersion, future versions refused.
import { describe, expect, it } from 'vitest';
import { migrateBook, migrateBookData } from '../../../core/book/migrate';
import { makeBook } from './bookFixture';

describe('migrateBook', () => {
  it('passes a current book through BookSchema', () => {
    expect(migrateBook(makeBook(), 'b.json')).toEqual(makeBook());
  });

  it('refuses unknown future versions with a clear message', () => {
    expect(() => migrateBook({ ...makeBook(), formatVersion: 3 }, 'b.json')).toThrow(
      'b.json: was saved by a newer version of Briefing Book Builder (book format 3; this version reads formats 1 to 2). Update the app to open it.',
    );
  });

  it('refuses missing and malformed versions', () => {
    const { formatVersion: _v, ...noVersion } = makeBook();
    expect(() => migrateBook(noVersion, 'b.json')).toThrow(
      'b.json: not a briefing book (no formatVersion)',
    );
    expect(() => migrateBook({ ...makeBook(), formatVersion: '1' }, 'b.json')).toThrow(
      'formatVersion "1" is not a valid',
    );
    expect(() => migrateBook({ ...makeBook(), formatVersion: 1.5 }, 'b.json')).toThrow(
      'formatVersion 1.5 is not a valid',
    );
  });

  it('runs each migration step in order from the stored version to the current one', () => {
    const calls: number[] = [];
    const migrations = {
      1: (raw: Record<string, unknown>) => (
        calls.push(1),
        { ...raw, formatVersion: 2, title: `${String(raw.title)} (v2)` }
      ),
      2: (raw: Record<string, unknown>) => (
        calls.push(2),
        { ...raw, formatVersion: 3, added: true }
      ),
    };
    const out = migrateBookData({ formatVersion: 1, title: 'T' }, 'b.json', {
      migrations,
      currentVersion: 3,
    });
    expect(calls).toEqual([1, 2]);
    expect(out).toEqual({ formatVersion: 3, title: 'T (v2)', added: true });
    expect(
      migrateBookData({ formatVersion: 2, title: 'T' }, 'b.json', {
        migrations,
        currentVersion: 3,
      }),
    ).toEqual({
      formatVersion: 3,
      title: 'T',
      added: true,
    });
  });

  it('fails loudly when a step is missing or produces the wrong version', () => {
    expect(() =>
      migrateBookData({ formatVersion: 1 }, 'b.json', { migrations: {}, currentVersion: 2 }),
    ).toThrow('no migration from book format 1 to 2');
    const wrong = { 1: (raw: Record<string, unknown>) => ({ ...raw, formatVersion: 3 }) };
    expect(() =>
      migrateBookData({ formatVersion: 1 }, 'b.json', { migrations: wrong, currentVersion: 2 }),
    ).toThrow('did not produce format 2');
  });

  it('refuses versions older than the oldest supported', () => {
    expect(() => migrateBookData({ formatVersion: 0 }, 'b.json')).toThrow(
      'book format 0 is older than this app can read',
    );
  });
});
