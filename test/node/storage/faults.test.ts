// Injected faults through the repository's file-system seam: no uncaught error, no backup overwritten by a bad state, a notice every time.
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppNotice } from '../../../core/ipc/contract';
import { openConfPrefs } from '../../../node/prefs/confStore';
import { BookRepository, type BookRepositoryOptions } from '../../../node/storage/bookRepository';
import { DataCipher } from '../../../node/storage/cipher';
import { makeBook } from './bookFixture';
import { faultyFs, type FaultRule } from './faultyFs';
import { TEST_CIPHER } from './memoryKeyProvider';
import { sealedTitle } from './sealedFiles';
import { useTempDirs } from './tempDir';

const tempDir = useTempDirs('bbb-faults-');
const GENERATIONS = ['book.json', 'book.json.bak1', 'book.json.bak2', 'book.json.bak3'];

/** Figures for the report: every injected fault and every recovery, and uncaught errors (must stay 0). */
const figures = { faults: 0, recoveries: 0, uncaught: 0 };
const onUncaught = (): void => void figures.uncaught++;
beforeAll(() => {
  process.on('uncaughtException', onUncaught);
  process.on('unhandledRejection', onUncaught);
});
afterAll(() => {
  process.off('uncaughtException', onUncaught);
  process.off('unhandledRejection', onUncaught);
  expect(figures.uncaught).toBe(0);
  console.log(`[faults] injected ${figures.faults}, recoveries ${figures.recoveries}, uncaught 0`);
});

/** A library whose book-1 has four generations: book.json = V4, bak1 = V3, bak2 = V2, bak3 = V1. */
async function library(extra: Partial<BookRepositoryOptions> = {}) {
  const userDataDir = tempDir();
  const notices: AppNotice[] = [];
  let tick = Date.parse('2026-05-01T12:00:00.000Z');
  const options: BookRepositoryOptions = {
    userDataDir,
    cipher: TEST_CIPHER,
    now: () => new Date((tick += 1000)),
    notify: (n) => notices.push(n),
  };
  const writer = new BookRepository(options);
  for (let v = 1; v <= 4; v++) await writer.save(makeBook({ title: `V${v}` }));
  const dir = join(userDataDir, 'books', 'book-1');
  const repo = new BookRepository({ ...options, ...extra });
  return { repo, options, dir, notices, userDataDir };
}

/** Name -> bytes of every file in a book folder, and the inode of each generation. */
function snapshot(dir: string) {
  const files = new Map(readdirSync(dir).map((n) => [n, readFileSync(join(dir, n))]));
  const inodes = GENERATIONS.map((n) => statSync(join(dir, n)).ino);
  return { files, inodes };
}

function expectUnchanged(dir: string, before: ReturnType<typeof snapshot>): void {
  const after = snapshot(dir);
  expect([...after.files.keys()].sort()).toEqual([...before.files.keys()].sort());
  for (const [name, bytes] of before.files) expect(after.files.get(name)!.equals(bytes)).toBe(true);
  expect(after.inodes).toEqual(before.inodes);
  // Four generations, four different files: history never collapses into one inode.
  expect(new Set(after.inodes).size).toBe(4);
  expect(GENERATIONS.map((n) => sealedTitle(join(dir, n)))).toEqual(['V4', 'V3', 'V2', 'V1']);
}

const isTemp = (path: string): boolean => path.endsWith('.tmp');

describe('a failed save leaves book.json and every backup exactly as they were', () => {
  const cases: Array<[string, FaultRule, RegExp]> = [
    ['ENOSPC on write', { op: 'write', code: 'ENOSPC', match: isTemp }, /the disk is full/],
    ['EIO on fsync', { op: 'sync', code: 'EIO', match: isTemp }, /input\/output error/],
    ['EXDEV on rename', { op: 'rename', code: 'EXDEV' }, /crossed file systems/],
    ['EIO reading the new file back', { op: 'read', code: 'EIO', match: isTemp }, /input\/output/],
  ];
  for (const [name, rule, message] of cases) {
    it(name, async () => {
      const fs = faultyFs([rule]);
      const { repo, dir, notices } = await library({ fs });
      const before = snapshot(dir);
      const attempt = repo.save(makeBook({ title: 'V5 never stored' }));
      await expect(attempt).rejects.toMatchObject({ code: 'io' });
      await expect(attempt).rejects.toThrow(message);
      figures.faults += fs.injected;
      expect(fs.injected).toBeGreaterThan(0);
      expectUnchanged(dir, before);
      expect(notices).toHaveLength(1);
      expect(notices[0]!.message).toMatch(/"V5 never stored" could not be saved/);
      expect(notices[0]!.message).toMatch(/every backup are unchanged/);
      expect((await repo.get('book-1')).title).toBe('V4');
      figures.recoveries++;
    });
  }

  it('a failure before the rename, three times in a row, then a good save rotates normally', async () => {
    let failures = 0;
    const { repo, dir, notices, options } = await library({
      writeHooks: {
        beforeRename: () => {
          if (failures < 3) {
            failures++;
            throw Object.assign(new Error('injected failure before rename'), { code: 'EIO' });
          }
        },
      },
    });
    const before = snapshot(dir);
    for (let i = 0; i < 3; i++) {
      await expect(repo.save(makeBook({ title: `V5 attempt ${i}` }))).rejects.toMatchObject({
        code: 'io',
      });
      expectUnchanged(dir, before);
    }
    figures.faults += failures;
    expect(notices).toHaveLength(3);
    await repo.save(makeBook({ title: 'V5' }));
    expect(GENERATIONS.map((n) => sealedTitle(join(dir, n)))).toEqual(['V5', 'V4', 'V3', 'V2']);
    expect(new Set(GENERATIONS.map((n) => statSync(join(dir, n)).ino)).size).toBe(4);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp') || n.endsWith('.bak0'))).toEqual([]);
    expect((await new BookRepository(options).get('book-1')).title).toBe('V5');
    figures.recoveries++;
  });

  it('EXDEV while rotating the backups after the commit: saved, history shifted by renames only, reported', async () => {
    const fs = faultyFs([
      { op: 'rename', code: 'EXDEV', match: (p) => /\.bak\d$/.test(p), times: 1 },
    ]);
    const { repo, dir, notices } = await library({ fs });
    const oldBackups = GENERATIONS.slice(1).map((n) => readFileSync(join(dir, n)));
    await repo.save(makeBook({ title: 'V5' }));
    figures.faults += fs.injected;
    expect(notices[0]!.message).toMatch(/"V5" was saved, but its backups could not be rotated/);
    expect(sealedTitle(join(dir, 'book.json'))).toBe('V5');
    // No backup was overwritten: each old backup's bytes are still somewhere in the folder.
    const now = readdirSync(dir).map((n) => readFileSync(join(dir, n)));
    for (const bytes of oldBackups) expect(now.some((b) => b.equals(bytes))).toBe(true);
    // The next save finishes the rotation.
    await repo.save(makeBook({ title: 'V6' }));
    expect(GENERATIONS.map((n) => sealedTitle(join(dir, n)))).toEqual(['V6', 'V5', 'V4', 'V3']);
    figures.recoveries++;
  });
});

describe('a crash inside the commit is settled on the next save', () => {
  it('bak0 still linked to the current file (crash before the rename) is dropped', async () => {
    const { repo, dir } = await library();
    execFileSync('ln', [join(dir, 'book.json'), join(dir, 'book.json.bak0')]);
    await repo.save(makeBook({ title: 'V5' }));
    expect(GENERATIONS.map((n) => sealedTitle(join(dir, n)))).toEqual(['V5', 'V4', 'V3', 'V2']);
    expect(existsSync(join(dir, 'book.json.bak0'))).toBe(false);
  });

  it('bak0 that differs from the current file (crash after the rename) rotates in', async () => {
    const { repo, dir } = await library();
    // As after a crash right after the commit of V5: current = V5, bak0 = V4, rotation not run.
    const v4 = readFileSync(join(dir, 'book.json'));
    await repo.save(makeBook({ title: 'V5' }));
    execFileSync('mv', [join(dir, 'book.json.bak1'), join(dir, 'book.json.bak0')]);
    writeFileSync(join(dir, 'book.json.bak0'), v4);
    await repo.save(makeBook({ title: 'V6' }));
    expect(GENERATIONS.map((n) => sealedTitle(join(dir, n)))).toEqual(['V6', 'V5', 'V4', 'V3']);
  });
});

describe('loading falls back to the newest good backup whatever is wrong with book.json', () => {
  const breakers: Array<[string, (path: string) => void, RegExp]> = [
    ['truncated', (p) => truncateSync(p, Math.floor(statSync(p).size / 2)), /integrity check/],
    ['zero-filled', (p) => writeFileSync(p, Buffer.alloc(statSync(p).size)), /not an encrypted/],
    ['empty', (p) => writeFileSync(p, ''), /it is empty/],
    [
      'one flipped byte',
      (p) => {
        const bytes = readFileSync(p);
        bytes[bytes.length >> 1]! ^= 0x01;
        writeFileSync(p, bytes);
      },
      /integrity check/,
    ],
    [
      'a directory',
      (p) => {
        execFileSync('rm', [p]);
        mkdirSync(p);
      },
      /is a directory, not a book file/,
    ],
    [
      'a FIFO',
      (p) => {
        execFileSync('rm', [p]);
        execFileSync('mkfifo', [p]);
      },
      /is a FIFO/,
    ],
  ];
  for (const [name, breakIt, problem] of breakers) {
    it(name, async () => {
      const { repo, dir, notices } = await library();
      const backups = GENERATIONS.slice(1).map((n) => readFileSync(join(dir, n)));
      breakIt(join(dir, 'book.json'));
      figures.faults++;
      const outcome = await repo.load('book-1');
      expect(outcome.book.title).toBe('V3');
      expect(outcome.recovery?.problems[0]).toMatch(problem);
      expect(notices).toHaveLength(1);
      expect(notices[0]!.message).toMatch(
        /"V3" was damaged on disk; it was restored .*book\.json\.bak1/,
      );
      // Backups untouched; the damaged current kept aside; bak1 is current again.
      GENERATIONS.slice(1).forEach((n, i) =>
        expect(readFileSync(join(dir, n)).equals(backups[i]!)).toBe(true),
      );
      expect(readdirSync(dir).filter((n) => n.startsWith('book.json.damaged-'))).toHaveLength(1);
      expect((await repo.load('book-1')).recovery).toBeNull();
      await repo.save(makeBook({ title: 'V5' }));
      expect(sealedTitle(join(dir, 'book.json'))).toBe('V5');
      figures.recoveries++;
    });
  }

  it('no permission (EACCES on open, injected: tests run as root)', async () => {
    const fs = faultyFs([{ op: 'open', code: 'EACCES', match: (p) => p.endsWith('/book.json') }]);
    const { repo, notices } = await library({ fs });
    const outcome = await repo.load('book-1');
    figures.faults += fs.injected;
    expect(outcome.book.title).toBe('V3');
    expect(outcome.recovery?.problems[0]).toBe('book.json: no permission to read or write it');
    expect(notices[0]!.message).toMatch(/restored from its newest good backup/);
    figures.recoveries++;
  });

  it('the wrong key: every generation is refused as failing its integrity check, nothing deleted', async () => {
    const { options, dir } = await library();
    const before = snapshot(dir);
    const stranger = new BookRepository({
      ...options,
      cipher: new DataCipher(Buffer.alloc(32, 7)),
    });
    const attempt = stranger.get('book-1');
    await expect(attempt).rejects.toMatchObject({ code: 'validation' });
    await expect(attempt).rejects.toThrow(
      /book\.json: failed its integrity check[\s\S]*bak3: failed/,
    );
    figures.faults++;
    expectUnchanged(dir, before);
  });
});

describe('caches and preferences', () => {
  it('a corrupt index is rebuilt from the book files, and the user is told', async () => {
    const { repo, userDataDir, notices } = await library();
    await repo.save(makeBook({ id: 'other', title: 'Other' }));
    await repo.list();
    writeFileSync(join(userDataDir, 'books', 'index.json'), Buffer.from('\x00\x01garbage'));
    figures.faults++;
    expect((await repo.list()).map((s) => s.title)).toEqual(['Other', 'V4']);
    expect(notices.map((n) => n.message).join('\n')).toMatch(
      /library index could not be read \(index\.json: is not an encrypted library file.*rebuilt/,
    );
    // Rebuilt: the next list reads it without complaint.
    const count = notices.length;
    await repo.list();
    expect(notices).toHaveLength(count);
    figures.recoveries++;
  });

  it('corrupt preferences are kept aside and reset, with a notice', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'preferences.json'), '{"preferences": {"recentBookIds": [');
    figures.faults++;
    const notices: AppNotice[] = [];
    const prefs = await openConfPrefs(dir, { notify: (n) => notices.push(n) });
    expect(prefs.getPreferences().recentBookIds).toEqual([]);
    expect(notices[0]!.message).toMatch(/preferences file could not be read.*reset to defaults/);
    expect(readdirSync(dir).some((n) => n.startsWith('preferences.json.corrupt-'))).toBe(true);
    prefs.touchRecentBook('book-1');
    expect(prefs.getPreferences().recentBookIds).toEqual(['book-1']);
    figures.recoveries++;
  });
});

describe('start-up clean-up', () => {
  it('removes orphan temp files from book folders, the library root and the trash on first use', async () => {
    const { options, dir, userDataDir } = await library();
    const orphans = [
      join(dir, '.book.json.0123456789ab.tmp'),
      join(userDataDir, 'books', '.index.json.0123456789ab.tmp'),
    ];
    mkdirSync(join(userDataDir, 'trash', 'gone'), { recursive: true });
    orphans.push(join(userDataDir, 'trash', 'gone', '.book.json.ffffffffffff.tmp'));
    for (const p of orphans) writeFileSync(p, 'plaintext left by a crash');
    await new BookRepository(options).list();
    for (const p of orphans) expect(existsSync(p)).toBe(false);
  });
});
