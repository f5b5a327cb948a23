// The real handler map on real services and a temp userData folder: create, save, journal, next round, trash, files, prefs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { startTestApp, useTestApps } from './servicesHarness';

const start = useTestApps();

const meeting = { date: '2026-09-15', city: 'Tokyo' };

describe('books handlers', () => {
  it('creates a book from a real template and country, lists it, and remembers it as recent', async () => {
    const app = start();
    const book = await app.value('books:create', {
      templateId: 'bilateral-space-dialogue',
      countryCode: 'JP',
      meeting,
    });
    expect(book.meeting).toMatchObject({ countryCode: 'JP', date: '2026-09-15', city: 'Tokyo' });
    expect(book.clearance.status).toBe('draft');
    const rows = await app.value('books:list', {});
    expect(rows.map((r) => r.id)).toEqual([book.id]);
    expect(rows[0]!.banner).toMatch(/UNCLASSIFIED/);
    expect((await app.value('prefs:get', {})).recentBookIds).toEqual([book.id]);
    // Reading a book (the export dialog does) is not opening it: only creating records it here.
    const second = await app.value('books:create', {
      templateId: 'bilateral-space-dialogue',
      countryCode: 'FR',
      meeting,
    });
    await app.value('books:get', { id: book.id });
    expect((await app.value('prefs:get', {})).recentBookIds).toEqual([second.id, book.id]);
  });

  it('prefills "Drafted by" in new books from the profile, and only in new ones', async () => {
    const app = start();
    const before = await app.value('books:create', {
      templateId: 'bilateral-space-dialogue',
      countryCode: 'JP',
      meeting,
    });
    expect(before.clearance.drafted).toBeNull();
    const prefs = await app.value('prefs:get', {});
    const draftedBy = { name: 'A. Drafter', office: 'OES/SAT' };
    await app.value('prefs:set', { prefs: { ...prefs, draftedBy } });
    const after = await app.value('books:create', {
      templateId: 'bilateral-space-dialogue',
      countryCode: 'FR',
      meeting,
    });
    expect(after.clearance.drafted).toEqual({ ...draftedBy, date: null });
    expect((await app.value('books:get', { id: before.id })).clearance.drafted).toBeNull();
  });

  it('reports unknown templates and countries as not-found', async () => {
    const app = start();
    const t = await app.call('books:create', { templateId: 'nope', countryCode: 'JP', meeting });
    expect(!t.ok && t.error).toMatchObject({
      code: 'not-found',
      message: 'No template with id "nope"',
    });
    const c = await app.call('books:create', {
      templateId: 'bilateral-space-dialogue',
      countryCode: 'QQ',
      meeting,
    });
    expect(!c.ok && c.error.code).toBe('not-found');
  });

  it('journals unsaved state that survives a restart, and saving clears it', async () => {
    const app = start();
    const book = await app.value('books:create', {
      templateId: 'bilateral-space-dialogue',
      countryCode: 'FR',
      meeting,
    });
    await app.value('journal:write', { book: { ...book, title: 'Edited but unsaved' } });
    const restarted = startTestApp({}, app.userDataDir);
    const entry = await restarted.value('journal:get', { id: book.id });
    expect(entry?.book.title).toBe('Edited but unsaved');
    const summary = await restarted.value('books:save', { book: entry!.book });
    expect(summary.title).toBe('Edited but unsaved');
    expect(await restarted.value('journal:get', { id: book.id })).toBeNull();
    expect((await restarted.value('books:get', { id: book.id })).title).toBe('Edited but unsaved');
  });

  it('starts the next round as a new draft book', async () => {
    const app = start();
    const book = await app.value('books:create', {
      templateId: 'bilateral-space-dialogue',
      countryCode: 'JP',
      meeting,
    });
    const next = await app.value('books:duplicate', { id: book.id, meetingDate: '2027-03-01' });
    expect(next.id).not.toBe(book.id);
    expect(next.meeting.date).toBe('2027-03-01');
    expect((await app.value('books:list', {})).length).toBe(2);
  });

  it('trash is undoable', async () => {
    const app = start();
    const book = await app.value('books:create', {
      templateId: 'bilateral-space-dialogue',
      countryCode: 'JP',
      meeting,
    });
    await app.value('books:trash', { id: book.id });
    expect(await app.value('books:list', {})).toEqual([]);
    expect((await app.value('books:listTrash', {})).map((t) => t.id)).toEqual([book.id]);
    await app.value('books:restore', { id: book.id });
    expect(await app.value('books:get', { id: book.id })).toEqual(book);
  });

  it('exports a book file through the save dialog and imports it back under a fresh id', async () => {
    const app = start();
    const book = await app.value('books:create', {
      templateId: 'bilateral-space-dialogue',
      countryCode: 'JP',
      meeting,
    });
    app.nextDialogAnswer = 'copy.briefing.json';
    const path = await app.value('books:exportFile', { id: book.id });
    expect(path).toMatch(/copy\.briefing\.json$/);
    expect(app.dialogCalls[0]!.defaultPath).toMatch(/\.briefing\.json$/);
    const imported = await app.value('books:import', {
      fileName: 'copy.briefing.json',
      text: readFileSync(path!, 'utf8'),
    });
    expect(imported.id).not.toBe(book.id);
    expect({ ...imported, id: book.id, updatedAt: book.updatedAt }).toEqual(book);
    app.nextDialogAnswer = null;
    expect(await app.value('books:exportFile', { id: book.id })).toBeNull();
  });

  it('rejects an oversized import at the boundary', async () => {
    const app = start();
    const result = await app.call('books:import', {
      fileName: 'big.json',
      text: 'x'.repeat(50_000_001),
    });
    expect(!result.ok && result.error.code).toBe('invalid-request');
  });
});

describe('data, prefs and notices handlers', () => {
  it('serves templates, framework and countries', async () => {
    const app = start();
    expect((await app.value('templates:list', {})).length).toBeGreaterThan(0);
    expect((await app.value('framework:get', {})).objectives.length).toBe(54);
    expect((await app.value('countries:get', {})).countries.some((c) => c.iso2 === 'JP')).toBe(
      true,
    );
  });

  it('stores preferences across restarts and validates them', async () => {
    const app = start();
    const prefs = {
      recentBookIds: ['a'],
      lastTemplateId: 'bilateral-space-dialogue',
      draftedBy: { office: 'OES/SAT', name: 'A. Drafter' },
      spellingWords: ['Roscosmos'],
      editorZoom: 1.25,
    };
    await app.value('prefs:set', { prefs });
    expect(await startTestApp({}, app.userDataDir).value('prefs:get', {})).toEqual(prefs);
    const bad = await app.call('prefs:set', { prefs: { ...prefs, recentBookIds: ['../x'] } });
    expect(!bad.ok && bad.error.code).toBe('invalid-request');
    await app.value('app:listenNotices', {});
    expect(app.notices).toEqual([]);
  });
});
