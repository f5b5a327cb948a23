// Recovery journal on a real temp folder: write, read after a "crash" (new instance), discard, damaged entry kept aside.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AppNotice } from '../../../core/ipc/contract';
import { RecoveryJournal } from '../../../node/storage/journal';
import { makeBook } from './bookFixture';
import { TEST_CIPHER } from './memoryKeyProvider';
import { writeSealed } from './sealedFiles';
import { useTempDirs } from './tempDir';

const tempDir = useTempDirs();

describe('RecoveryJournal', () => {
  it('returns the unsaved state to a fresh instance (as after a crash) until discarded', async () => {
    const userDataDir = tempDir();
    const journal = new RecoveryJournal({
      userDataDir,
      cipher: TEST_CIPHER,
      now: () => new Date('2026-06-01T08:00:00.000Z'),
    });
    expect(await journal.get('book-1')).toBeNull();
    await journal.write(makeBook({ title: 'Unsaved edit' }));
    const afterCrash = new RecoveryJournal({ userDataDir, cipher: TEST_CIPHER });
    expect(await afterCrash.get('book-1')).toEqual({
      book: makeBook({ title: 'Unsaved edit' }),
      journaledAt: '2026-06-01T08:00:00.000Z',
    });
    expect(await afterCrash.ids()).toEqual(['book-1']);
    await afterCrash.discard('book-1');
    expect(await afterCrash.get('book-1')).toBeNull();
  });

  it('keeps a damaged entry aside and reports it instead of returning garbage', async () => {
    const userDataDir = tempDir();
    const notices: AppNotice[] = [];
    const journal = new RecoveryJournal({
      userDataDir,
      cipher: TEST_CIPHER,
      notify: (n) => notices.push(n),
    });
    await journal.write(makeBook());
    writeSealed(
      join(userDataDir, 'journal', 'book-1.json'),
      'journal:book-1',
      '{"kind":"briefing-book","checksum":"sha256:00","savedAt":"x","book":{}}',
    );
    expect(await journal.get('book-1')).toBeNull();
    expect(notices[0]?.message).toMatch(/checksum mismatch.*kept as .*book-1\.json\.damaged-/);
    expect(
      readdirSync(join(userDataDir, 'journal')).some((n) => n.startsWith('book-1.json.damaged-')),
    ).toBe(true);
  });
});
