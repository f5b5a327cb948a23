// Data at rest: the key store, the passphrase provider, tamper detection, plaintext migration, and no book plaintext on disk after use.
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Book } from '../../../core/book/schema';
import type { AppNotice } from '../../../core/ipc/contract';
import { serializeBookFile } from '../../../node/storage/bookFile';
import { BookRepository } from '../../../node/storage/bookRepository';
import { DataCipher, SEAL_MAGIC, isSealed } from '../../../node/storage/cipher';
import { openLibraryKey } from '../../../node/storage/keyring';
import {
  PASSPHRASE_KIND,
  SCRYPT_PARAMS,
  passphraseKeyProvider,
} from '../../../node/storage/passphraseKeyProvider';
import { startTestApp } from '../../main/servicesHarness';
import { makeBook } from './bookFixture';
import { faultyFs } from './faultyFs';
import { memoryKeyProvider } from './memoryKeyProvider';
import { filesUnder, scanForPlaintext } from './plaintextScan';
import { useTempDirs } from './tempDir';

const tempDir = useTempDirs('bbb-at-rest-');

/** A known sentence of book content (labelled test text): it must never be found on disk. */
const SENTENCE = 'At-rest probe sentence: the quick brown delegation jumps over the lazy agenda.';

function bookWithSentence(overrides: Partial<Book> = {}): Book {
  const book = makeBook(overrides);
  book.tabs[0]!.content.root.children.push({
    type: 'paragraph',
    $: { mark: 'U' },
    children: [{ type: 'text', text: SENTENCE, format: 0 }],
  });
  return book;
}

describe('the sealed file format', () => {
  const cipher = new DataCipher(Buffer.alloc(32, 1));
  const sealed = cipher.seal(Buffer.from(SENTENCE), 'book:b1');

  it('round-trips, starts with the format magic, and hides the plaintext', () => {
    expect(cipher.open(sealed, 'book:b1', 'f').toString()).toBe(SENTENCE);
    expect(sealed.subarray(0, SEAL_MAGIC.length).equals(SEAL_MAGIC)).toBe(true);
    expect(sealed.includes(Buffer.from('quick brown'))).toBe(false);
    // A fresh random nonce per seal: the same plaintext never gives the same bytes.
    expect(cipher.seal(Buffer.from(SENTENCE), 'book:b1').equals(sealed)).toBe(false);
  });

  it('detects a flipped bit anywhere: magic, nonce, ciphertext, tag', () => {
    let detected = 0;
    for (let i = 0; i < sealed.length; i++) {
      const copy = Buffer.from(sealed);
      copy[i]! ^= 0x80;
      expect(() => cipher.open(copy, 'book:b1', 'f')).toThrow(
        /failed its integrity check|not an encrypted library file/,
      );
      detected++;
    }
    expect(detected).toBe(sealed.length);
  });

  it('detects truncation, a wrong key and a file moved to another book', () => {
    for (let n = 0; n < sealed.length; n += 7) {
      expect(() => cipher.open(sealed.subarray(0, n), 'book:b1', 'f')).toThrow();
    }
    expect(() => new DataCipher(Buffer.alloc(32, 2)).open(sealed, 'book:b1', 'f')).toThrow(
      /integrity check/,
    );
    expect(() => cipher.open(sealed, 'book:b2', 'f')).toThrow(/integrity check/);
  });
});

describe('the key store', () => {
  it('is created once (0600, no key in clear) and unlocks the same key on the next start', async () => {
    const dir = tempDir();
    const provider = memoryKeyProvider();
    const first = await openLibraryKey(dir, provider);
    const keystore = join(dir, 'keystore.json');
    expect(statSync(keystore).mode & 0o777).toBe(0o600);
    const stored = JSON.parse(readFileSync(keystore, 'utf8')) as { kind: string };
    expect(stored.kind).toBe('test-memory');
    const sealed = first.seal(Buffer.from(SENTENCE), 'x');
    const again = await openLibraryKey(dir, memoryKeyProvider());
    expect(again.open(sealed, 'x', 'f').toString()).toBe(SENTENCE);
    expect(readFileSync(keystore, 'utf8')).toBe(JSON.stringify(stored));
  });

  it('refuses a different provider kind, a damaged key store, and a missing one over encrypted books', async () => {
    const dir = tempDir();
    const cipher = await openLibraryKey(dir, memoryKeyProvider());
    await new BookRepository({ userDataDir: dir, cipher }).save(makeBook());
    await expect(
      openLibraryKey(dir, passphraseKeyProvider('a long enough phrase')),
    ).rejects.toThrow(/protected by "test-memory".*will not be re-protected silently/);
    const keystore = join(dir, 'keystore.json');
    const good = readFileSync(keystore);
    writeFileSync(keystore, '{"version":1');
    await expect(openLibraryKey(dir, memoryKeyProvider())).rejects.toThrow(
      /keystore.json is damaged/,
    );
    writeFileSync(keystore, good.toString().replace(/"wrapped":"./, '"wrapped":"A'));
    await expect(openLibraryKey(dir, memoryKeyProvider())).rejects.toThrow(/Wrong test key/);
    writeFileSync(keystore, good);
    // Losing the key store must not be "repaired" with a new key that opens nothing.
    const moved = join(dir, 'keystore.moved');
    writeFileSync(moved, good);
    await import('node:fs/promises').then((fs) => fs.rm(keystore));
    await expect(openLibraryKey(dir, memoryKeyProvider())).rejects.toThrow(
      /keystore.json is missing but the library holds encrypted files/,
    );
    expect(existsSync(keystore)).toBe(false);
  });

  it('with a passphrase: scrypt N=2^17, r=8, p=1, 16-byte salt; a wrong passphrase is refused', async () => {
    const dir = tempDir();
    const cipher = await openLibraryKey(dir, passphraseKeyProvider('correct horse battery staple'));
    const stored = JSON.parse(readFileSync(join(dir, 'keystore.json'), 'utf8')) as {
      kind: string;
      params: Record<string, string | number>;
    };
    expect(stored.kind).toBe(PASSPHRASE_KIND);
    expect(stored.params).toMatchObject({ N: 2 ** 17, r: 8, p: 1 });
    expect(SCRYPT_PARAMS).toMatchObject({ N: 131072, r: 8, p: 1, keyLength: 32, saltLength: 16 });
    expect(Buffer.from(String(stored.params.salt), 'base64')).toHaveLength(16);
    const sealed = cipher.seal(Buffer.from(SENTENCE), 'x');
    const again = await openLibraryKey(dir, passphraseKeyProvider('correct horse battery staple'));
    expect(again.open(sealed, 'x', 'f').toString()).toBe(SENTENCE);
    await expect(
      openLibraryKey(dir, passphraseKeyProvider('wrong horse battery staple')),
    ).rejects.toThrow('The passphrase is not correct');
  }, 60_000);

  it('refuses a short passphrase and scrypt parameters outside the accepted range', async () => {
    await expect(openLibraryKey(tempDir(), passphraseKeyProvider('short'))).rejects.toThrow(
      /at least 12 characters/,
    );
    const provider = passphraseKeyProvider('correct horse battery staple');
    await expect(
      provider.unwrap({ kind: PASSPHRASE_KIND, params: { N: 2 ** 30, r: 8, p: 1, salt: 'AA==' } }),
    ).rejects.toThrow(/scrypt parameters are out of range/);
  });
});

/** A library as the previous (plaintext) version left it: books, backups, damaged copy, journal, trash, index. */
function plaintextLibrary(dir: string): { files: string[]; books: Book[] } {
  const a = bookWithSentence({ id: 'a', title: 'Plain A' });
  const b = bookWithSentence({ id: 'b', title: 'Plain B' });
  const text = (book: Book) => serializeBookFile(book, '2026-01-01T00:00:00.000Z');
  const files: Record<string, string> = {
    'books/a/book.json': text(a),
    'books/a/book.json.bak1': text({ ...a, title: 'Plain A older' }),
    'books/a/book.json.damaged-2026-01-01T00-00-00-000Z': `${text(a).slice(0, 200)}`,
    'books/index.json': JSON.stringify({ version: 1, entries: {} }),
    'journal/a.json': text({ ...a, title: 'Plain A unsaved' }),
    'trash/b/book.json': text(b),
    'trash/b/trashed.json': JSON.stringify({ trashedAt: '2026-01-02T00:00:00.000Z' }),
  };
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), content);
  }
  return { files: Object.keys(files), books: [a, b] };
}

describe('migration of a plaintext library', () => {
  it('encrypts every file on first start; books, journal and trash read back unchanged; no plaintext left', async () => {
    const dir = tempDir();
    const { files } = plaintextLibrary(dir);
    expect(scanForPlaintext(dir, [SENTENCE]).plaintextBytes).toBeGreaterThan(0);
    const app = startTestApp({}, dir);
    expect((await app.value('books:get', { id: 'a' })).title).toBe('Plain A');
    await app.value('app:listenNotices', {});
    expect(app.notices.map((n) => n.message).join('\n')).toMatch(
      /library is now encrypted at rest: 7 files were encrypted/,
    );
    for (const rel of files) expect(isSealed(readFileSync(join(dir, rel)))).toBe(true);
    expect((await app.value('journal:get', { id: 'a' }))?.book.title).toBe('Plain A unsaved');
    expect(await app.value('books:listTrash', {})).toMatchObject([
      { id: 'b', title: 'Plain B', trashedAt: '2026-01-02T00:00:00.000Z' },
    ]);
    const scan = scanForPlaintext(dir, [SENTENCE, 'Plain A', 'Plain B']);
    expect(scan.hits).toEqual([]);
    expect(scan.plaintextBytes).toBe(0);
    app.dispose();
  });

  it('keeps a plaintext original when its encrypted copy cannot be verified, and says so', async () => {
    const dir = tempDir();
    const { files } = plaintextLibrary(dir);
    const before = new Map(files.map((rel) => [rel, readFileSync(join(dir, rel))]));
    const notices: AppNotice[] = [];
    // The read-back of every temp copy fails: nothing may be replaced.
    const fs = faultyFs([
      { op: 'read', code: 'EIO', match: (p) => p.endsWith('.tmp') && !p.includes('keystore') },
    ]);
    await openLibraryKey(dir, memoryKeyProvider(), { fs, notify: (n) => notices.push(n) });
    expect(fs.injected).toBe(files.length);
    for (const [rel, bytes] of before)
      expect(readFileSync(join(dir, rel)).equals(bytes)).toBe(true);
    expect(filesUnder(dir).filter((p) => p.endsWith('.tmp'))).toEqual([]);
    expect(notices.map((n) => n.message).join('\n')).toMatch(
      /could not be encrypted and were left as they were[\s\S]*input\/output error/,
    );
    // The next start finishes the job.
    await openLibraryKey(dir, memoryKeyProvider());
    for (const rel of files) expect(isSealed(readFileSync(join(dir, rel)))).toBe(true);
  });
});

describe('no book plaintext on disk after use', () => {
  it('books, backups, journal, damaged copies, trash, index and preferences hold 0 bytes of a known sentence', async () => {
    const app = startTestApp();
    const dir = app.userDataDir;
    for (let v = 1; v <= 5; v++) {
      await app.value('books:save', {
        book: bookWithSentence({ id: 'kept', title: `Kept v${v}` }),
      });
    }
    await app.value('books:save', { book: bookWithSentence({ id: 'binned', title: 'Binned' }) });
    await app.value('journal:write', {
      book: bookWithSentence({ id: 'kept', title: 'Kept draft' }),
    });
    await app.value('journal:write', { book: bookWithSentence({ id: 'binned', title: 'Binned' }) });
    await app.value('books:trash', { id: 'binned' });
    await app.value('books:list', {});
    await app.value('books:get', { id: 'kept' });
    // The editor records an opened book in preferences (ids only): write them as it would.
    const prefs = await app.value('prefs:get', {});
    await app.value('prefs:set', { prefs: { ...prefs, recentBookIds: ['kept', 'binned'] } });
    // A damaged current file: the load restores bak1 and keeps the damaged copy.
    const current = join(dir, 'books', 'kept', 'book.json');
    const bytes = readFileSync(current);
    bytes[100]! ^= 1;
    writeFileSync(current, bytes);
    expect((await app.value('books:get', { id: 'kept' })).title).toBe('Kept v4');
    const names = filesUnder(dir).map((p) => p.slice(dir.length + 1));
    expect(names).toEqual(
      expect.arrayContaining([
        'books/kept/book.json.bak3',
        'journal/kept.json',
        'trash/binned/journal.json',
        'trash/binned/book.json',
        'books/index.json',
        'preferences.json',
      ]),
    );
    expect(names.some((n) => /^books\/kept\/book\.json\.damaged-/.test(n))).toBe(true);
    const scan = scanForPlaintext(dir, [SENTENCE, 'Kept v', 'Kept draft', 'Binned']);
    expect(scan.hits).toEqual([]);
    expect(scan.plaintextBytes).toBe(0);
    expect(scan.files).toBeGreaterThanOrEqual(12);
    // Every library file is sealed; preferences hold ids only, never content.
    for (const p of filesUnder(dir)) {
      if (!p.endsWith('preferences.json') && !p.endsWith('keystore.json'))
        expect(isSealed(readFileSync(p)), p).toBe(true);
    }
    expect(readFileSync(join(dir, 'preferences.json'), 'utf8')).toContain('"recentBookIds"');
    console.log(
      `[at-rest] ${scan.files} files, ${scan.bytesScanned} bytes scanned: ${scan.plaintextBytes} bytes of book plaintext`,
    );
    app.dispose();
  });
});

describe('trash and permanent deletion', () => {
  it('trash moves the journal entry with the book, restore brings it back, purge removes every trace', async () => {
    const dir = tempDir();
    const cipher = await openLibraryKey(dir, memoryKeyProvider());
    const repo = new BookRepository({ userDataDir: dir, cipher });
    const { RecoveryJournal } = await import('../../../node/storage/journal');
    const journal = new RecoveryJournal({ userDataDir: dir, cipher });
    for (let v = 1; v <= 4; v++)
      await repo.save(bookWithSentence({ id: 'p', title: `Purge probe title ${v}` }));
    await repo.save(makeBook({ id: 'other', title: 'Other' }));
    await repo.list();
    await journal.write(bookWithSentence({ id: 'p', title: 'Purge probe draft' }));
    await repo.trash('p');
    expect(await journal.get('p')).toBeNull();
    expect(readdirSync(join(dir, 'journal'))).toEqual([]);
    await repo.restore('p');
    expect((await journal.get('p'))?.book.title).toBe('Purge probe draft');
    await expect(repo.purge('p')).rejects.toThrow(/No book with id "p" in the trash/);
    await repo.trash('p');
    writeFileSync(join(dir, 'journal', 'p.json.damaged-2026'), 'old damaged journal copy');
    await repo.purge('p');
    const left = filesUnder(dir).map((p) => p.slice(dir.length + 1));
    expect(left.filter((n) => n.includes('/p/') || n.startsWith('journal/p.'))).toEqual([]);
    expect(await repo.listTrash()).toEqual([]);
    expect((await repo.list()).map((s) => s.id)).toEqual(['other']);
    const index = cipher.open(readFileSync(join(dir, 'books', 'index.json')), 'index', 'index');
    expect(JSON.parse(index.toString()).entries).not.toHaveProperty('p');
    expect(scanForPlaintext(dir, ['Purge probe draft', 'Purge probe title 4']).plaintextBytes).toBe(
      0,
    );
    await expect(repo.get('p')).rejects.toMatchObject({ code: 'not-found' });
  });
});
