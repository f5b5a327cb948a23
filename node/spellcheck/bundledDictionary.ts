// The app's own spelling dictionary on Linux: where it ships, the file name Chromium looks for, and copying it there before Chromium looks (so it never downloads one).
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkBdic } from './bdic';

/**
 * Chromium's dictionary version per language, part of the file name it reads and downloads
 * (components/spellcheck/common/spellcheck_common.cc, kSpecialVersionString: "March 2022: Update
 * en-* dictionaries", still the entry in the Chromium of Electron 45). Check it on every Electron
 * upgrade: a new version means a new name, and Chromium would not find the bundled file.
 */
const CHROMIUM_DICTIONARY_VERSIONS: Readonly<Record<string, string>> = { 'en-US': '-10-1' };

/** The languages with a dictionary in resources/dictionaries. */
export const BUNDLED_DICTIONARY_LANGUAGES = Object.keys(CHROMIUM_DICTIONARY_VERSIONS);

/** The name Chromium reads in its Dictionaries folder, e.g. `en-US-10-1.bdic` (GetVersionedFileName). */
export function versionedDictionaryName(language: string): string {
  const version = CHROMIUM_DICTIONARY_VERSIONS[language];
  if (!version) throw new Error(`The app has no spelling dictionary for "${language}"`);
  return `${language}${version}.bdic`;
}

/**
 * The name of the bundled file: the one Chromium's downloader appends, lowercased, to the
 * dictionary URL (`en-us-10-1.bdic`), so the app's dictionary folder is exactly what that URL names.
 */
export function bundledDictionaryName(language: string): string {
  return versionedDictionaryName(language).toLowerCase();
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
 * Puts each language's bundled dictionary where Chromium looks for it, unless the same bytes are
 * already there. Writes a temporary file and renames it, so Chromium never sees half a dictionary.
 * Throws, naming the file, if a bundled dictionary is missing or is not one Chromium accepts.
 */
export function installBundledDictionaries(input: {
  bundledDir: string;
  sessionDataDir: string;
  languages: readonly string[];
}): InstalledDictionary[] {
  const dir = chromiumDictionariesDir(input.sessionDataDir);
  return input.languages.map((language) => {
    const source = path.join(input.bundledDir, bundledDictionaryName(language));
    if (!existsSync(source))
      throw new Error(`The bundled spelling dictionary for ${language} is missing: ${source}`);
    const bytes = readFileSync(source);
    const check = checkBdic(bytes);
    if (!check.ok)
      throw new Error(
        `The bundled spelling dictionary ${source} would be refused: ${check.reason}`,
      );
    const target = path.join(dir, versionedDictionaryName(language));
    const existed = existsSync(target);
    if (existed && readFileSync(target).equals(bytes))
      return { language, target, action: 'unchanged' };
    mkdirSync(dir, { recursive: true });
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
  });
}
