// Where the spell checker's dictionary comes from on each platform: the system's (macOS, Windows) or the app's own folder (Linux); never a download.
import { pathToFileURL } from 'node:url';

/** Languages the editor checks: books are written in U.S. English. */
export const SPELLCHECK_LANGUAGES = ['en-US'] as const;

export interface SpellcheckPlan {
  /** The OS spell checker is used (offline): macOS always, Windows 10+ through Chromium's native checker. */
  systemChecker: boolean;
  languages: readonly string[];
  /**
   * What `session.setSpellCheckerDictionaryDownloadURL` gets: a file URL of the app's own dictionary
   * folder (trailing slash, as Electron joins `${url}${file}`). Set on every platform, so even a
   * platform that would fall back to Hunspell can only look inside the app.
   */
  dictionaryUrl: string;
  /**
   * Languages whose bundled dictionary is copied into Chromium's Dictionaries folder before the
   * checker starts (bundledDictionary.ts): Linux only, where Chromium's Hunspell does the checking.
   */
  bundledLanguages: readonly string[];
}

/** Throws unless `url` is a file: URL ending in a slash: the only kind of dictionary URL this app sets. */
export function assertLocalDictionaryUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`The spell-check dictionary URL "${url}" is not a URL`);
  }
  if (parsed.protocol !== 'file:')
    throw new Error(
      `The spell-check dictionary URL must be the app's own folder (file:), not ${parsed.protocol.replace(/:$/, '')}: ${url}`,
    );
  if (!parsed.pathname.endsWith('/'))
    throw new Error(`The spell-check dictionary URL must end with a slash: ${url}`);
  return url;
}

/**
 * The plan for `platform` (process.platform), with the app's dictionaries in `dictionariesDir`
 * (resources/dictionaries when packaged).
 */
export function spellcheckPlan(platform: string, dictionariesDir: string): SpellcheckPlan {
  const href = pathToFileURL(dictionariesDir).href;
  return {
    systemChecker: platform === 'darwin' || platform === 'win32',
    languages: SPELLCHECK_LANGUAGES,
    dictionaryUrl: assertLocalDictionaryUrl(href.endsWith('/') ? href : `${href}/`),
    bundledLanguages: platform === 'linux' ? SPELLCHECK_LANGUAGES : [],
  };
}
