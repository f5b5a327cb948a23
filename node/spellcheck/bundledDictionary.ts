// The app's own spelling dictionary on Linux: where it ships, the file name Chromium looks for, and copying it there before Chromium looks (so it never downloads one).
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkBdic } from './bdic';

/**
 * The versions Chromium has used for each language, newest first. The version is part of the file
 * name Chromium reads and downloads (components/spellcheck/common/spellcheck_common.cc,
 * kSpecialVersionString). en-US was "-10-1" from March 2022 up to about Chromium 151 and is "-10-2"
 * by Chromium 154 (Electron 45; Debian's Chromium 156 asks for en-us-10-2.bdic). Electron does not
 * say which one its Chromium wants, so the dictionary is installed under each name; Chromium reads
 * the one it wants and ignores the other. On an Electron upgrade, add a newer version here if
 * spellcheck_common.cc has one.
 */
const CHROMIUM_DICTIONARY_VERSIONS: Readonly<Record<string, readonly string[]>> = {
  'en-US': ['-10-2', '-10-1'],
};

/** The languages with a dictionary in resources/dictionaries. */
export const BUNDLED_DICTIONARY_LANGUAGES = Object.keys(CHROMIUM_DICTIONARY_VERSIONS);

/** The names Chromium reads in its Dictionaries folder, newest first, e.g. `en-US-10-2.bdic`. */
export function versionedDictionaryNames(language: string): string[] {
  const versions = CHROMIUM_DICTIONARY_VERSIONS[language];
  if (!versions) throw new Error(`The app has no spelling dictionary for "${language}"`);
  return versions.map((version) => `${language}${version}.bdic`);
}

/**
 * The name of the bundled file: the newest name, lowercased, as Chromium's downloader appends it
 * to the dictionary URL (`en-us-10-2.bdic`), so the app's dictionary folder holds what that URL names.
 */
export function bundledDictionaryName(language: string): string {
  return versionedDictionaryNames(language)[0]!.toLowerCase();
}

/** Where the app's dictionaries ship: resources/dictionaries (electron-builder extraResources). */
export function bundledDictionariesDir(input: {
  isPackaged: boolean;
  /** process.resourcesPath of the packaged app. */
  resourcesPath: string;
  /** app.getAppPath(): the repository when run unpackaged. */
  appPath: string;
}): string {
  return input.isPackaged
    ? path.join(input.resourcesPath, 'dictionaries')
    : path.join(input.appPath, 'resources', 'dictionaries');
}

/** Chromium's DIR_APP_DICTIONARIES in Electron: `<sessionData>/Dictionaries`. */
export function chromiumDictionariesDir(sessionDataDir: string): string {
  return path.join(sessionDataDir, 'Dictionaries');
}

export interface InstalledDictionary {
  language: string;
  /** The file Chromium reads. */
  target: string;
  /** `unchanged`: it already held the bundled bytes, so nothing was written. */
  action: 'installed' | 'replaced' | 'unchanged';
}

/**
 * Puts each language's bundled dictionary where Chromium looks for it, under each of its versioned
 * names, unless the same bytes are already there. Writes a temporary file and renames it, so
 * Chromium never sees half a dictionary. Throws, naming the file, if a bundled dictionary is missing
 * or is not one Chromium accepts.
 */
export function installBundledDictionaries(input: {
  bundledDir: string;
  sessionDataDir: string;
  languages: readonly string[];
}): InstalledDictionary[] {
  const dir = chromiumDictionariesDir(input.sessionDataDir);
  return input.languages.flatMap((language) => {
    const source = path.join(input.bundledDir, bundledDictionaryName(language));
    if (!existsSync(source))
      throw new Error(`The bundled spelling dictionary for ${language} is missing: ${source}`);
    const bytes = readFileSync(source);
    const check = checkBdic(bytes);
    if (!check.ok)
      throw new Error(
        `The bundled spelling dictionary ${source} would be refused: ${check.reason}`,
      );
    return versionedDictionaryNames(language).map((name) =>
      placeFile(bytes, path.join(dir, name), language),
    );
  });
}

/** Writes `bytes` to `target` unless it already holds them; temporary file, then rename. */
function placeFile(bytes: Buffer, target: string, language: string): InstalledDictionary {
  const existed = existsSync(target);
  if (existed && readFileSync(target).equals(bytes))
    return { language, target, action: 'unchanged' };
  mkdirSync(path.dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, bytes);
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new Error(`Could not install the spelling dictionary at ${target}: ${String(error)}`, {
      cause: error,
    });
  }
  return { language, target, action: existed ? 'replaced' : 'installed' };
}
