// Notices are pushed, not polled: held until a window listens, then delivered in order; later ones arrive as they happen.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppNotice } from '../../core/ipc/contract';
import type { Book } from '../../core/book/schema';
import { NoticeBoard } from '../../node/app/notices';
import { startTestApp, type TestApp } from './servicesHarness';

let app: TestApp | null = null;
afterEach(() => app?.dispose());

describe('NoticeBoard', () => {
  it('holds notices (once per message) until the first sink connects, then pushes directly', () => {
    const board = new NoticeBoard();
    board.add({ level: 'warning', message: 'prefs reset' });
    board.add({ level: 'warning', message: 'prefs reset' });
    board.add({ level: 'info', message: 'journal recovered' });
    const seen: AppNotice[] = [];
    board.connect((n) => seen.push(n));
    expect(seen.map((n) => n.message)).toEqual(['prefs reset', 'journal recovered']);
    board.add({ level: 'info', message: 'export finished' });
    expect(seen.map((n) => n.message)).toEqual([
      'prefs reset',
      'journal recovered',
      'export finished',
    ]);
  });

  it('a second sink (a reloaded window) replaces the first and gets nothing twice', () => {
    const board = new NoticeBoard();
    const first: string[] = [];
    const second: string[] = [];
    board.add({ level: 'info', message: 'early' });
    board.connect((n) => first.push(n.message));
    board.connect((n) => second.push(n.message));
    board.add({ level: 'info', message: 'late' });
    expect(first).toEqual(['early']);
    expect(second).toEqual(['late']);
  });
});

describe('book restored from a backup', () => {
  it('is pushed to the listening window by the books:get that restored it', async () => {
    app = startTestApp();
    await app.value('app:listenNotices', {});
    const book = await app.value('books:create', {
      templateId: 'bilateral-space-dialogue',
      countryCode: 'FR',
      meeting: { date: '2026-09-08', city: 'Paris', counterpart: null, principal: null },
    });
    for (const title of ['Good generation', 'Later generation'])
      await app.value('books:save', { book: { ...book, title } as Book });
    const file = join(app.userDataDir, 'books', book.id, 'book.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Later', 'LATER'));
    expect(app.notices).toEqual([]);

    const opened = await app.value('books:get', { id: book.id });
    expect(opened.title).toBe('Good generation');
    expect(app.notices).toHaveLength(1);
    expect(app.notices[0]!.message).toMatch(
      /^"Good generation" was damaged on disk; it was restored from its newest good backup \(book\.json\.bak1, backup 1, saved .+ UTC\)\. The damaged file was kept as .+book\.json\.damaged-/,
    );
    expect(app.notices[0]!.message).toContain(join(app.userDataDir, 'books', book.id));
  });
});
