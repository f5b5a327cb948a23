// The bundled en-US dictionary is one Chromium accepts, and the install step puts exactly it where Chromium looks, once.
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkBdic } from '../../../node/spellcheck/bdic';
import {
  BUNDLED_DICTIONARY_LANGUAGES,
  bundledDictionariesDir,
  bundledDictionaryName,
  chromiumDictionariesDir,
  installBundledDictionaries,
  versionedDictionaryNames,
} from '../../../node/spellcheck/bundledDictionary';
import { SPELLCHECK_LANGUAGES, spellcheckPlan } from '../../../node/spellcheck/spellcheckPlan';

const repo = fileURLToPath(new URL('../../..', import.meta.url));
const bundledDir = bundledDictionariesDir({ isPackaged: false, resourcesPath: '', appPath: repo });
const bundled = path.join(bundledDir, 'en-us-10-2.bdic');

describe('the dictionary in the repository', () => {
  it('is a BDic file whose header MD5 matches its data, as Chromium verifies', () => {
    const bytes = readFileSync(bundled);
    expect(bytes.length).toBeGreaterThan(300_000); // a full word list, not a stub
    expect(bytes.toString('latin1', 0, 4)).toBe('BDic');
    expect(bytes.readUInt16LE(4)).toBe(2);
    const affOffset = bytes.readUInt32LE(8);
    expect(affOffset).toBe(32);
    const md5 = createHash('md5').update(bytes.subarray(affOffset)).digest('hex');
    expect(bytes.subarray(16, 32).toString('hex')).toBe(md5);
    expect(checkBdic(bytes)).toEqual({ ok: true, majorVersion: 2 });
  });

  it('carries its licence next to it', () => {
    const licence = readFileSync(path.join(bundledDir, 'en-US.LICENSE.txt'), 'utf8');
    expect(licence).toMatch(/SCOWL/);
    expect(licence).toMatch(/Permission to use, copy, modify, distribute and sell/);
  });

  it('covers every language the checker is set to', () => {
    for (const language of SPELLCHECK_LANGUAGES) {
      expect(BUNDLED_DICTIONARY_LANGUAGES).toContain(language);
      expect(existsSync(path.join(bundledDir, bundledDictionaryName(language)))).toBe(true);
    }
  });

  it('ships through electron-builder as resources/dictionaries', () => {
    const config = readFileSync(path.join(repo, 'electron-builder.yml'), 'utf8');
    expect(config).toMatch(/- from: resources\/dictionaries\n\s+to: dictionaries\n/);
  });
});

describe('names and folders', () => {
  it("uses Chromium's versioned name, lowercased for the file the download URL would name", () => {
    // -10-2 for Chromium 154+ (Electron 45), -10-1 for the Chromium before it.
    expect(versionedDictionaryNames('en-US')).toEqual(['en-US-10-2.bdic', 'en-US-10-1.bdic']);
    expect(bundledDictionaryName('en-US')).toBe('en-us-10-2.bdic');
    expect(() => versionedDictionaryNames('de-DE')).toThrow(/no spelling dictionary for "de-DE"/);
  });

  it("reads from the app's resources when packaged and the repository when not", () => {
    const input = { resourcesPath: '/opt/BBB/resources', appPath: '/src/bbb' };
    expect(bundledDictionariesDir({ ...input, isPackaged: true })).toBe(
      '/opt/BBB/resources/dictionaries',
    );
    expect(bundledDictionariesDir({ ...input, isPackaged: false })).toBe(
      '/src/bbb/resources/dictionaries',
    );
    expect(chromiumDictionariesDir('/home/u/.config/BBB')).toBe('/home/u/.config/BBB/Dictionaries');
  });

  it('points the dictionary URL at the bundled folder, which holds the file that URL would fetch', () => {
    const resources = '/opt/Briefing Book Builder/resources';
    const dir = bundledDictionariesDir({ isPackaged: true, resourcesPath: resources, appPath: '' });
    const plan = spellcheckPlan('linux', dir);
    expect(new URL(plan.dictionaryUrl).protocol).toBe('file:');
    expect(fileURLToPath(plan.dictionaryUrl).startsWith(`${resources}/`)).toBe(true);
    // Chromium appends the lowercased versioned name to the URL.
    const repoPlan = spellcheckPlan('linux', bundledDir);
    const fetched = new URL(bundledDictionaryName('en-US'), repoPlan.dictionaryUrl);
    expect(fetched.protocol).toBe('file:');
    expect(readFileSync(fileURLToPath(fetched)).equals(readFileSync(bundled))).toBe(true);
  });
});

describe('checkBdic', () => {
  const good = () => Buffer.from(readFileSync(bundled));

  it('refuses what Chromium refuses, saying why', () => {
    expect(checkBdic(good().subarray(0, 20))).toMatchObject({ reason: /shorter than the BDic/ });
    const magic = good();
    magic.write('PDic', 0, 'latin1');
    expect(checkBdic(magic)).toMatchObject({ ok: false, reason: /not "BDic"/ });
    const future = good();
    future.writeUInt16LE(3, 4);
    expect(checkBdic(future)).toMatchObject({ ok: false, reason: /major version 3/ });
    const offsets = good();
    offsets.writeUInt32LE(offsets.length + 1, 12);
    expect(checkBdic(offsets)).toMatchObject({ ok: false, reason: /past the end/ });
    const flipped = good();
    flipped.writeUInt8(flipped.readUInt8(flipped.length - 100) ^ 0xff, flipped.length - 100);
    expect(checkBdic(flipped)).toMatchObject({ ok: false, reason: /MD5/ });
    const truncated = good().subarray(0, 200_000);
    expect(checkBdic(truncated)).toMatchObject({ ok: false, reason: /MD5/ });
  });
});

describe('installBundledDictionaries', () => {
  let root: string;
  let sessionData: string;
  const names = ['en-US-10-2.bdic', 'en-US-10-1.bdic'];
  const dictionaries = () => path.join(sessionData, 'Dictionaries');
  const target = (name = names[0]!) => path.join(dictionaries(), name);
  const install = (dir = bundledDir) =>
    installBundledDictionaries({
      bundledDir: dir,
      sessionDataDir: sessionData,
      languages: ['en-US'],
    });
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'bbb-dict-'));
    sessionData = path.join(root, 'session');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("copies the bundled file to each of Chromium's versioned names, then leaves them alone", () => {
    expect(install()).toEqual(
      names.map((name) => ({ language: 'en-US', target: target(name), action: 'installed' })),
    );
    for (const name of names)
      expect(readFileSync(target(name)).equals(readFileSync(bundled))).toBe(true);

    const old = new Date('2020-01-01T00:00:00Z');
    for (const name of names) utimesSync(target(name), old, old);
    expect(install().map((r) => r.action)).toEqual(['unchanged', 'unchanged']);
    for (const name of names) expect(statSync(target(name)).mtime.getTime()).toBe(old.getTime());
    expect(readdirSync(dictionaries()).sort()).toEqual([...names].sort());
  });

  it('replaces a different file there (a half download, an older dictionary)', () => {
    mkdirSync(dictionaries(), { recursive: true });
    writeFileSync(target(), readFileSync(bundled).subarray(0, 1000));
    expect(install().map((r) => r.action)).toEqual(['replaced', 'installed']);
    expect(readFileSync(target()).equals(readFileSync(bundled))).toBe(true);
    expect(readdirSync(dictionaries()).sort()).toEqual([...names].sort()); // no temporary left
  });

  it('installs nothing for a platform with no bundled languages', () => {
    expect(
      installBundledDictionaries({ bundledDir, sessionDataDir: sessionData, languages: [] }),
    ).toEqual([]);
    expect(existsSync(sessionData)).toBe(false);
  });

  it('refuses a missing or damaged bundled dictionary without touching the installed one', () => {
    const broken = path.join(root, 'broken');
    mkdirSync(broken);
    expect(() => install(broken)).toThrow(
      `The bundled spelling dictionary for en-US is missing: ${path.join(broken, 'en-us-10-2.bdic')}`,
    );

    copyFileSync(bundled, path.join(broken, 'en-us-10-2.bdic'));
    const bytes = readFileSync(path.join(broken, 'en-us-10-2.bdic'));
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 1) ^ 0xff, bytes.length - 1);
    writeFileSync(path.join(broken, 'en-us-10-2.bdic'), bytes);
    mkdirSync(path.dirname(target()), { recursive: true });
    writeFileSync(target(), 'previous');
    expect(() => install(broken)).toThrow(/en-us-10-2\.bdic would be refused: the MD5/);
    expect(readFileSync(target(), 'utf8')).toBe('previous');
  });
});
