// Electron glue for spell checking: the bundled dictionary, the local dictionary URL, the user's words, and the right-click menu (logic in node/spellcheck).
import type { MenuItemConstructorOptions, Session, WebContents } from 'electron';
import type { PrefsStore } from '../../node/prefs/prefsStore';
import { installBundledDictionaries } from '../../node/spellcheck/bundledDictionary';
import {
  assertLocalDictionaryUrl,
  type SpellcheckPlan,
} from '../../node/spellcheck/spellcheckPlan';
import { dictionarySync, spellMenu, type SpellMenuItem } from '../../node/spellcheck/spellMenu';

/**
 * Linux: copies the app's dictionary into `<sessionData>/Dictionaries`, where Chromium looks before
 * it would download one. Call before app 'ready', so it is in place before the checker loads.
 * A failure only costs spell checking (logged); the download URL stays local either way.
 */
export function placeBundledDictionaries(
  plan: SpellcheckPlan,
  bundledDir: string,
  sessionDataDir: string,
): void {
  try {
    installBundledDictionaries({ bundledDir, sessionDataDir, languages: plan.bundledLanguages });
  } catch (error) {
    console.error('[spellcheck] no bundled dictionary:', error);
  }
}

/**
 * Points Chromium's dictionary downloader at the app's own folder. The first thing start() does
 * with the session, so Chromium's CDN is never the download URL, even before the checker is on.
 */
export function pointDictionaryDownloadsAtApp(session: Session, plan: SpellcheckPlan): void {
  session.setSpellCheckerDictionaryDownloadURL(assertLocalDictionaryUrl(plan.dictionaryUrl));
}

/** Turns the checker on with a dictionary only from the app itself, and the user's words from preferences. */
export function installSpellcheck(session: Session, plan: SpellcheckPlan, prefs: PrefsStore): void {
  // Set (again) before enabling: the checker must never get the chance to ask Chromium's CDN.
  pointDictionaryDownloadsAtApp(session, plan);
  if (!plan.systemChecker) session.setSpellCheckerLanguages([...plan.languages]);
  session.setSpellCheckerEnabled(true);
  void session.listWordsInSpellCheckerDictionary().then((words) => {
    const { add, remove } = dictionarySync(words, prefs.getPreferences().spellingWords);
    for (const w of remove) session.removeWordFromSpellCheckerDictionary(w);
    for (const w of add) session.addWordToSpellCheckerDictionary(w);
  });
}

/** The Electron menu template for the spell menu's items on `contents`. */
export function spellMenuTemplate(
  items: SpellMenuItem[],
  contents: WebContents,
  session: Session,
  prefs: PrefsStore,
): MenuItemConstructorOptions[] {
  return items.map((item): MenuItemConstructorOptions => {
    switch (item.kind) {
      case 'replace':
        return { label: item.label, click: () => contents.replaceMisspelling(item.word) };
      case 'add':
        return {
          label: item.label,
          click: () => {
            prefs.addSpellingWord(item.word);
            session.addWordToSpellCheckerDictionary(item.word);
          },
        };
      case 'ignore':
        // In the session only: the next start drops it again (installSpellcheck syncs with prefs).
        return {
          label: item.label,
          click: () => session.addWordToSpellCheckerDictionary(item.word),
        };
      case 'info':
        return { label: item.label, enabled: false };
      case 'separator':
        return { type: 'separator' };
      case 'role':
        return { role: item.role };
    }
  });
}

/** Shows the spell menu on right-click in `contents`. `popup` builds and shows a native menu. */
export function attachSpellMenu(
  contents: WebContents,
  session: Session,
  prefs: PrefsStore,
  popup: (template: MenuItemConstructorOptions[]) => void,
): void {
  contents.on('context-menu', (_event, params) => {
    const items = spellMenu(params);
    if (items) popup(spellMenuTemplate(items, contents, session, prefs));
  });
}
