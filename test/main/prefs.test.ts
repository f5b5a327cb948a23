// Preferences on conf 15 in a real temp folder: persistence, validation, and a corrupt file moved aside with a notice.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AppNotice } from '../../core/ipc/contract';
import { openConfPrefs } from '../../node/prefs/confStore';
import { useTempDirs } from '../node/storage/tempDir';
import { startTestApp } from './servicesHarness';

const tempDir = useTempDirs('bbb-prefs-');
const fixedNow = () => new Date('2026-07-04T09:30:00.000Z');

describe('PrefsStore on conf', () => {
  it('persists preferences, the profile and window bounds across instances', async () => {
    const dir = tempDir();
    const prefs = await openConfPrefs(dir);
    prefs.setWindowBounds({ x: 10, y: 20, width: 1200, height: 800, maximized: false });
    const profile = { name: 'A. Drafter', office: 'OES/SAT' };
    prefs.setPreferences({ ...prefs.getPreferences(), draftedBy: profile });
    prefs.touchRecentBook('a');
    prefs.touchRecentBook('b');
    prefs.touchRecentBook('a');
    const again = await openConfPrefs(dir);
    expect(again.getWindowBounds()).toEqual({
      x: 10,
      y: 20,
      width: 1200,
      height: 800,
      maximized: false,
    });
    expect(again.getPreferences().recentBookIds).toEqual(['a', 'b']);
    expect(again.getPreferences().draftedBy).toEqual(profile);
    expect(JSON.parse(readFileSync(join(dir, 'preferences.json'), 'utf8'))).toHaveProperty(
      'windowBounds',
    );
  });

  it('moves a corrupt file aside with a timestamp, starts fresh and tells the user', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'preferences.json'), '{"preferences": {"recentBookIds": [');
    const notices: AppNotice[] = [];
    const prefs = await openConfPrefs(dir, { now: fixedNow, notify: (n) => notices.push(n) });
    expect(prefs.getPreferences()).toEqual({
      recentBookIds: [],
      lastTemplateId: null,
      draftedBy: null,
      spellingWords: [],
      editorZoom: 1,
    });
    const aside = 'preferences.json.corrupt-2026-07-04T09-30-00-000Z';
    expect(readdirSync(dir)).toContain(aside);
    expect(readFileSync(join(dir, aside), 'utf8')).toBe('{"preferences": {"recentBookIds": [');
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ level: 'warning' });
    expect(notices[0]!.message).toMatch(
      /preferences were reset to defaults\. The old file was kept as .*corrupt-2026-07-04/,
    );
    prefs.touchRecentBook('fresh');
    expect((await openConfPrefs(dir)).getPreferences().recentBookIds).toEqual(['fresh']);
  });

  it('recovers when the file goes bad while the app runs', async () => {
    const dir = tempDir();
    const notices: AppNotice[] = [];
    const prefs = await openConfPrefs(dir, { now: fixedNow, notify: (n) => notices.push(n) });
    prefs.touchRecentBook('a');
    writeFileSync(join(dir, 'preferences.json'), '\u0000\u0000garbage');
    expect(prefs.getPreferences().recentBookIds).toEqual([]);
    expect(notices).toHaveLength(1);
    prefs.touchRecentBook('b');
    expect(prefs.getPreferences().recentBookIds).toEqual(['b']);
  });

  it('drops an invalid stored value (wrong shape) to its default with an info notice', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'preferences.json'),
      JSON.stringify({ windowBounds: { width: 'huge' }, preferences: { recentBookIds: 'x' } }),
    );
    const notices: AppNotice[] = [];
    const prefs = await openConfPrefs(dir, { notify: (n) => notices.push(n) });
    expect(prefs.getWindowBounds()).toBeUndefined();
    expect(prefs.getPreferences().recentBookIds).toEqual([]);
    expect(notices.map((n) => n.level)).toEqual(['info', 'info']);
  });

  it('refuses to store invalid values', async () => {
    const prefs = await openConfPrefs(tempDir());
    expect(() => prefs.setWindowBounds({ width: 10, height: 10, maximized: false })).toThrow();
    const profile = { name: 'x'.repeat(301), office: '' };
    expect(() => prefs.setPreferences({ ...prefs.getPreferences(), draftedBy: profile })).toThrow();
    expect(prefs.getPreferences().draftedBy).toBeNull();
  });
});

describe('app:listenNotices', () => {
  it('pushes a corrupt preferences file notice once, when the window starts listening', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'preferences.json'), 'not json at all');
    const app = startTestApp({}, dir);
    expect(app.notices).toEqual([]);
    await app.value('app:listenNotices', {});
    expect(app.notices).toHaveLength(1);
    expect(app.notices[0]!.message).toMatch(/preferences file could not be read/);
    await app.value('app:listenNotices', {});
    expect(app.notices).toHaveLength(1);
  });
});

describe('PrefsStore when the file cannot be used at all', () => {
  it('falls back to memory for the session with a notice instead of crashing', async () => {
    const { PrefsStore } = await import('../../node/prefs/prefsStore');
    const notices: AppNotice[] = [];
    const prefs = new PrefsStore({
      path: join(tempDir(), 'missing-dir', 'preferences.json'),
      open: () => {
        throw new Error('EROFS: read-only file system');
      },
      notify: (n) => notices.push(n),
    });
    prefs.touchRecentBook('a');
    expect(prefs.getPreferences().recentBookIds).toEqual(['a']);
    expect(notices.map((n) => n.message)).toEqual([
      'Preferences cannot be saved this session (EROFS: read-only file system); defaults are used until the app restarts.',
    ]);
  });
});
