// The Electron glue on the stub session: only a local dictionary URL is ever set, and the menu's Add/Ignore/replace reach the right places.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions, Session, WebContents } from 'electron';
import Conf from 'conf';
import { FakeSession } from '../stubs/electron';
import { PrefsStore, type KeyValueStore } from '../../node/prefs/prefsStore';
import { spellcheckPlan } from '../../node/spellcheck/spellcheckPlan';
import { spellMenu } from '../../node/spellcheck/spellMenu';
import {
  installSpellcheck,
  placeBundledDictionaries,
  pointDictionaryDownloadsAtApp,
  spellMenuTemplate,
} from '../../electron/main/spellcheck';

const bundledDir = fileURLToPath(new URL('../../resources/dictionaries', import.meta.url));

let dir: string;
let prefs: PrefsStore;
let session: FakeSession;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'bbb-spell-'));
  prefs = new PrefsStore({
    path: join(dir, 'prefs.json'),
    open: () => new Conf({ cwd: dir, configName: 'prefs' }) as unknown as KeyValueStore,
    notify: () => undefined,
  });
  session = new FakeSession();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const click = (item: MenuItemConstructorOptions | undefined) =>
  (item?.click as unknown as () => void)();

describe('installSpellcheck', () => {
  it('sets only the local dictionary URL, before enabling the checker', () => {
    session.setSpellCheckerEnabled(false);
    installSpellcheck(session as unknown as Session, spellcheckPlan('linux', dir), prefs);
    expect(session.dictionaryUrls).toHaveLength(1);
    for (const url of session.dictionaryUrls) expect(url).not.toMatch(/^https?:/i);
    expect(session.dictionaryUrls[0]).toMatch(/^file:\/\/\/.*\/$/);
    expect(session.spellChecker).toBe(true);
    expect(session.spellLanguages).toEqual(['en-US']);
  });

  it('leaves the languages to the OS checker on macOS and Windows, still with only a local URL', () => {
    for (const platform of ['darwin', 'win32']) {
      const fake = new FakeSession();
      installSpellcheck(fake as unknown as Session, spellcheckPlan(platform, dir), prefs);
      expect(fake.spellLanguages).toEqual([]);
      expect(fake.dictionaryUrls).toHaveLength(1);
      expect(fake.dictionaryUrls[0]).toMatch(/^file:\/\/\//);
    }
  });

  it('refuses to start with a remote dictionary URL', () => {
    const plan = { ...spellcheckPlan('linux', dir), dictionaryUrl: 'https://example.org/dicts/' };
    expect(() => installSpellcheck(session as unknown as Session, plan, prefs)).toThrow(
      /must be the app's own folder/,
    );
    expect(() => pointDictionaryDownloadsAtApp(session as unknown as Session, plan)).toThrow(
      /must be the app's own folder/,
    );
    expect(session.dictionaryUrls).toEqual([]);
  });

  it('keeps added words across starts and drops words that were only ignored', async () => {
    prefs.addSpellingWord('Roscosmos');
    session.words.add('ignoredLastTime');
    installSpellcheck(session as unknown as Session, spellcheckPlan('linux', dir), prefs);
    await Promise.resolve();
    await Promise.resolve();
    expect([...session.words]).toEqual(['Roscosmos']);
  });
});

describe('placeBundledDictionaries', () => {
  const installed = () => join(dir, 'Dictionaries', 'en-US-10-2.bdic');

  it("puts the app's dictionary where Chromium looks, on Linux only", () => {
    placeBundledDictionaries(spellcheckPlan('darwin', bundledDir), bundledDir, dir);
    placeBundledDictionaries(spellcheckPlan('win32', bundledDir), bundledDir, dir);
    expect(existsSync(join(dir, 'Dictionaries'))).toBe(false);
    placeBundledDictionaries(spellcheckPlan('linux', bundledDir), bundledDir, dir);
    expect(
      readFileSync(installed()).equals(readFileSync(join(bundledDir, 'en-us-10-2.bdic'))),
    ).toBe(true);
  });

  it('logs a missing dictionary instead of stopping the app', () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const missing = join(dir, 'nothing-here');
    expect(() =>
      placeBundledDictionaries(spellcheckPlan('linux', missing), missing, dir),
    ).not.toThrow();
    expect(String(errors.mock.calls[0]?.[1])).toMatch(/dictionary for en-US is missing/);
    expect(existsSync(installed())).toBe(false);
    errors.mockRestore();
  });
});

describe('spellMenuTemplate', () => {
  it('replaces the word, adds it to preferences and the session, or ignores it for this session', () => {
    const replaced: string[] = [];
    const contents = {
      replaceMisspelling: (w: string) => replaced.push(w),
    } as unknown as WebContents;
    const items = spellMenu({
      misspelledWord: 'Nairobbi',
      dictionarySuggestions: ['Nairobi'],
      isEditable: true,
      selectionText: '',
    })!;
    const template = spellMenuTemplate(items, contents, session as unknown as Session, prefs);
    click(template.find((t) => t.label === 'Nairobi'));
    expect(replaced).toEqual(['Nairobi']);
    click(template.find((t) => t.label === 'Ignore'));
    expect(session.words.has('Nairobbi')).toBe(true);
    expect(prefs.getPreferences().spellingWords).toEqual([]);
    click(template.find((t) => t.label === 'Add to dictionary'));
    expect(prefs.getPreferences().spellingWords).toEqual(['Nairobbi']);
    expect(template.filter((t) => t.role).map((t) => t.role)).toEqual([
      'cut',
      'copy',
      'paste',
      'selectAll',
    ]);
  });
});
