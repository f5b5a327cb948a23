// app:notices after book reads: a restore found by a books:get still in flight is reported by the notices call sent after it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Book } from '../../core/book/schema';
import { NoticeBoard } from '../../node/app/notices';
import { startTestApp, type TestApp } from './servicesHarness';

let app: TestApp | null = null;
afterEach(() => app?.dispose());

describe('NoticeBoard', () => {
  it('drainSettled waits for tracked work (even failed work) and hands each notice out once', async () => {
    const board = new NoticeBoard();
    let finish!: () => void;
    const work = board.track(
      new Promise<void>((resolve) => (finish = resolve)).then(() =>
        board.add({ level: 'warning', message: 'restored' }),
      ),
    );
    void board.track(Promise.reject(new Error('read failed'))).catch(() => undefined);
    const drained = board.drainSettled();
    finish();
    await work;
    expect(await drained).toEqual([{ level: 'warning', message: 'restored' }]);
    expect(await board.drainSettled()).toEqual([]);
  });
});

describe('app:notices with book reads in flight', () => {
  it('reports a book restored by a books:get sent just before it', async () => {
    app = startTestApp();
    const book = await app.value('books:create', {
      templateId: 'bilateral-space-dialogue',
      countryCode: 'FR',
      meeting: { date: '2026-09-08', city: 'Paris', counterpart: null, principal: null },
    });
    for (const title of ['Good generation', 'Later generation'])
      await app.value('books:save', { book: { ...book, title } as Book });
    const file = join(app.userDataDir, 'books', book.id, 'book.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Later', 'LATER'));

    // As the renderer does: send books:get, then app:notices without waiting for the book.
    const [opened, notices] = await Promise.all([
      app.value('books:get', { id: book.id }),
      app.value('app:notices', {}),
    ]);
    expect(opened.title).toBe('Good generation');
    expect(notices).toHaveLength(1);
    expect(notices[0]!.message).toMatch(
      /^"Good generation" was damaged on disk; it was restored from its newest good backup \(book\.json\.bak1, backup 1, saved .+ UTC\)\. The damaged file was kept as .+book\.json\.damaged-/,
    );
    expect(notices[0]!.message).toContain(join(app.userDataDir, 'books', book.id));
    expect(await app.value('app:notices', {})).toEqual([]);
  });
});
