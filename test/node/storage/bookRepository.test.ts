// Book repository on real temp folders: atomic save, crash before rename, checksum, backups, recovery, index.
import {
  existsSync,
  readFileSync,
  readdirSync,
  writeFileSync,
  truncateSync,
  utimesSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AppNotice } from '../../../core/ipc/contract';
import { BookRepository } from '../../../node/storage/bookRepository';
import { sha256 } from '../../../node/storage/bookFile';
import { makeBook } from './bookFixture';
import { TEST_CIPHER } from './memoryKeyProvider';
import { readSealed, sealedTitle, writeSealed } from './sealedFiles';
import { useTempDirs } from './tempDir';

const tempDir = useTempDirs();

function setup(extra: Partial<ConstructorParameters<typeof BookRepository>[0]> = {}) {
  const userDataDir = tempDir();
  const notices: AppNotice[] = [];
  let tick = Date.parse('2026-05-01T12:00:00.000Z');
  const repo = new BookRepository({
    userDataDir,
    cipher: TEST_CIPHER,
    now: () => new Date((tick += 1000)),
    notify: (n) => notices.push(n),
    ...extra,
  });
  const dir = join(userDataDir, 'books', 'book-1');
  return { repo, notices, userDataDir, dir };
}

describe('BookRepository save and load', () => {
  it('round-trips a book through a checksummed envelope and stamps updatedAt', async () => {
    const { repo, dir } = setup();
    const summary = await repo.save(makeBook());
    expect(summary).toMatchObject({
      id: 'book-1',
      countryCode: 'JP',
      banner: 'SENSITIVE BUT UNCLASSIFIED',
      status: 'draft',
    });
    expect(summary.updatedAt).toBe('2026-05-01T12:00:01.000Z');
    const text = readSealed(join(dir, 'book.json'), 'book:book-1');
    const envelope = JSON.parse(text) as { kind: string; checksum: string; book: unknown };
    expect(envelope.kind).toBe('briefing-book');
    expect(envelope.checksum).toBe(`sha256:${sha256(JSON.stringify(envelope.book))}`);
    const loaded = await repo.get('book-1');
    expect(loaded).toEqual({ ...makeBook(), updatedAt: summary.updatedAt });
  });

  it('keeps the last three generations as backups, newest first', async () => {
    const { repo, dir } = setup();
    for (let i = 1; i <= 5; i++) await repo.save(makeBook({ title: `Version ${i}` }));
    const titleOf = (name: string) => sealedTitle(join(dir, name));
    expect(titleOf('book.json')).toBe('Version 5');
    expect(titleOf('book.json.bak1')).toBe('Version 4');
    expect(titleOf('book.json.bak2')).toBe('Version 3');
    expect(titleOf('book.json.bak3')).toBe('Version 2');
    expect(existsSync(join(dir, 'book.json.bak4'))).toBe(false);
  });

  it('a crash between the temp write and the rename leaves the old book intact', async () => {
    const { repo: first, userDataDir, dir } = setup();
    await first.save(makeBook({ title: 'Old good version' }));
    const crashing = new BookRepository({
      userDataDir,
      cipher: TEST_CIPHER,
      writeHooks: {
        beforeRename: () => {
          throw new Error('simulated power loss');
        },
      },
    });
    await expect(crashing.save(makeBook({ title: 'New version never renamed' }))).rejects.toThrow(
      'simulated power loss',
    );
    // A failure (unlike a crash) cleans its own temp file.
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    const after = new BookRepository({ userDataDir, cipher: TEST_CIPHER });
    expect((await after.get('book-1')).title).toBe('Old good version');
    await after.save(makeBook({ title: 'Saved again' }));
    expect((await after.get('book-1')).title).toBe('Saved again');
  });

  it('a torn current file falls back to the newest good backup, keeps the damaged file and says so', async () => {
    const { repo, dir, notices } = setup();
    await repo.save(makeBook({ title: 'Generation A' }));
    await repo.save(makeBook({ title: 'Generation B' }));
    const size = readFileSync(join(dir, 'book.json')).length;
    truncateSync(join(dir, 'book.json'), Math.floor(size / 2));
    const book = await repo.get('book-1');
    expect(book.title).toBe('Generation A');
    expect(notices).toHaveLength(1);
    expect(notices[0]!.message).toMatch(
      /Generation A.*restored from its newest good backup \(book\.json\.bak1/,
    );
    const damaged = readdirSync(dir).filter((n) => n.startsWith('book.json.damaged-'));
    expect(damaged).toHaveLength(1);
    expect(readFileSync(join(dir, damaged[0]!)).length).toBe(Math.floor(size / 2));
    // The good backup became current again: the next load needs no recovery.
    expect((await repo.load('book-1')).recovery).toBeNull();
  });

  it('detects a checksum mismatch (content edited without updating the checksum)', async () => {
    const { repo, dir, notices } = setup();
    await repo.save(makeBook({ title: 'Original' }));
    await repo.save(makeBook({ title: 'Second' }));
    const path = join(dir, 'book.json');
    // Edited and re-encrypted with the right key, but without updating the checksum.
    writeSealed(
      path,
      'book:book-1',
      readSealed(path, 'book:book-1').replace('"Second"', '"Tampered"'),
    );
    const outcome = await repo.load('book-1');
    expect(outcome.book.title).toBe('Original');
    expect(outcome.recovery?.problems.join('\n')).toMatch(/checksum mismatch/);
    expect(notices).toHaveLength(1);
  });

  it('refuses to open when every generation is damaged, listing each problem, and deletes nothing', async () => {
    const { repo, dir } = setup();
    await repo.save(makeBook());
    await repo.save(makeBook());
    writeFileSync(join(dir, 'book.json'), '{"kind":"briefing-book"');
    writeFileSync(join(dir, 'book.json.bak1'), 'garbage');
    const failure = repo.get('book-1');
    await expect(failure).rejects.toMatchObject({ code: 'validation' });
    await expect(failure).rejects.toThrow(
      /book\.json: is not an encrypted library file[\s\S]*book\.json\.bak1: is not an encrypted library file/,
    );
    expect(readFileSync(join(dir, 'book.json.bak1'), 'utf8')).toBe('garbage');
  });

  it('refuses to save what it could not read back, leaving the stored book as it was', async () => {
    const { repo } = setup();
    await repo.save(makeBook({ title: 'Stored' }));
    const classified = makeBook();
    classified.tabs[1]!.content.root.children[0]!.$ = { mark: 'SECRET' };
    await expect(repo.save(classified)).rejects.toThrow(
      /tab 2 "Schedule", block 1: "SECRET" is a classified marking/,
    );
    const polluted = makeBook();
    Object.defineProperty(polluted.tabs[0]!.content, '__proto__', {
      value: { x: 1 },
      enumerable: true,
    });
    await expect(repo.save(polluted)).rejects.toThrow(/forbidden key "__proto__"/);
    expect((await repo.get('book-1')).title).toBe('Stored');
  });

  it('reports a missing book as not-found', async () => {
    const { repo } = setup();
    await expect(repo.get('nope')).rejects.toMatchObject({ code: 'not-found' });
    await expect(repo.get('../etc')).rejects.toMatchObject({ code: 'invalid-request' });
  });
});

describe('BookRepository list', () => {
  it('lists summaries newest first and keeps an index it revalidates by mtime and size', async () => {
    const { repo, userDataDir } = setup();
    await repo.save(makeBook({ id: 'a', title: 'Alpha' }));
    await repo.save(makeBook({ id: 'b', title: 'Bravo' }));
    expect((await repo.list()).map((s) => s.title)).toEqual(['Bravo', 'Alpha']);
    expect(existsSync(join(userDataDir, 'books', 'index.json'))).toBe(true);
    // Another writer changes a book behind the index: list sees the new title.
    const other = new BookRepository({
      userDataDir,
      cipher: TEST_CIPHER,
      now: () => new Date('2030-01-01T00:00:00Z'),
    });
    await other.save(makeBook({ id: 'a', title: 'Alpha renamed' }));
    utimesSync(
      join(userDataDir, 'books', 'a', 'book.json'),
      new Date(),
      new Date(Date.now() + 5000),
    );
    expect((await repo.list()).map((s) => s.title)).toEqual(['Alpha renamed', 'Bravo']);
  });

  it('a save updates the index entry directly', async () => {
    const { repo, userDataDir } = setup();
    await repo.save(makeBook({ id: 'a', title: 'Alpha' }));
    const index = JSON.parse(readSealed(join(userDataDir, 'books', 'index.json'), 'index')) as {
      entries: Record<string, { summary: { title: string }; size: number }>;
    };
    expect(index.entries.a?.summary.title).toBe('Alpha');
    expect(index.entries.a?.size).toBe(
      readFileSync(join(userDataDir, 'books', 'a', 'book.json')).length,
    );
  });

  it('rebuilds a garbled index from the book files', async () => {
    const { repo, userDataDir } = setup();
    await repo.save(makeBook({ id: 'a', title: 'Alpha' }));
    await repo.list();
    writeFileSync(
      join(userDataDir, 'books', 'index.json'),
      '{"version":1,"entries":{"a":{"summary":5}}}',
    );
    expect((await repo.list()).map((s) => s.title)).toEqual(['Alpha']);
  });

  it('silently rebuilds an index written by an older version (rows gain city and body text)', async () => {
    const { repo, userDataDir, notices } = setup();
    await repo.save(makeBook({ id: 'a', title: 'Alpha' }));
    const path = join(userDataDir, 'books', 'index.json');
    // A version-1 index as the previous release wrote it: same mtime and size, no search fields.
    const current = JSON.parse(readSealed(path, 'index')) as {
      entries: Record<string, { summary: Record<string, unknown> }>;
    };
    for (const entry of Object.values(current.entries)) {
      delete entry.summary.city;
      delete entry.summary.counterpart;
      delete entry.summary.excerpt;
    }
    writeSealed(path, 'index', JSON.stringify({ ...current, version: 1 }));
    const [row] = await repo.list();
    expect(row).toMatchObject({ title: 'Alpha', city: 'Tokyo' });
    expect(row?.excerpt).toContain('Test paragraph 1');
    expect(notices).toEqual([]);
  });

  it('silently rebuilds a version-2 index, whose rows lack the round fields', async () => {
    const { repo, userDataDir, notices } = setup();
    await repo.save(
      makeBook({ id: 'b', title: 'Bravo', round: { number: 2, previousBookId: 'a' } }),
    );
    const path = join(userDataDir, 'books', 'index.json');
    const current = JSON.parse(readSealed(path, 'index')) as {
      entries: Record<string, { summary: Record<string, unknown> }>;
    };
    for (const entry of Object.values(current.entries)) {
      delete entry.summary.round;
      delete entry.summary.previousRoundId;
    }
    writeSealed(path, 'index', JSON.stringify({ ...current, version: 2 }));
    const [row] = await repo.list();
    expect(row).toMatchObject({ title: 'Bravo', round: 2, previousRoundId: 'a' });
    expect(notices).toEqual([]);
  });

  it('skips an unreadable book folder with a notice instead of failing the whole library', async () => {
    const { repo, userDataDir, notices } = setup();
    await repo.save(makeBook({ id: 'good', title: 'Good' }));
    await repo.save(makeBook({ id: 'bad', title: 'Bad' }));
    writeFileSync(join(userDataDir, 'books', 'bad', 'book.json'), 'not json');
    writeFileSync(join(userDataDir, 'books', 'bad', 'book.json.bak1'), 'not json');
    expect((await repo.list()).map((s) => s.id)).toEqual(['good']);
    expect(notices.map((n) => n.message).join('\n')).toMatch(/\(bad\) could not be listed/);
  });
});

describe('BookRepository trash', () => {
  it('moves a book to the trash and restores it unchanged', async () => {
    const { repo } = setup();
    await repo.save(makeBook({ id: 'a', title: 'Alpha' }));
    const before = await repo.get('a');
    await repo.trash('a');
    expect(await repo.list()).toEqual([]);
    const trashed = await repo.listTrash();
    expect(trashed).toHaveLength(1);
    expect(trashed[0]).toMatchObject({ id: 'a', title: 'Alpha' });
    expect(trashed[0]!.trashedAt).toMatch(/^2026-05-01T12:00/);
    await expect(repo.get('a')).rejects.toThrow(/is in the trash/);
    await expect(repo.save(before)).rejects.toMatchObject({ code: 'not-found' });
    await repo.restore('a');
    expect(await repo.get('a')).toEqual(before);
    expect(await repo.listTrash()).toEqual([]);
  });

  it('refuses to trash or restore what is not there', async () => {
    const { repo } = setup();
    await expect(repo.trash('ghost')).rejects.toMatchObject({ code: 'not-found' });
    await expect(repo.restore('ghost')).rejects.toMatchObject({ code: 'not-found' });
  });
});
