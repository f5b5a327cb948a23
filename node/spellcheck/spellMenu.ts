// The editor's right-click menu for a misspelled word, as data: suggestions, Add to dictionary, Ignore, then the edit roles.

/** What Electron's `context-menu` event tells about the click (the part used here). */
export interface SpellMenuParams {
  misspelledWord: string;
  dictionarySuggestions: string[];
  isEditable: boolean;
  selectionText: string;
}

export type SpellMenuItem =
  | { kind: 'replace'; label: string; word: string }
  | { kind: 'add'; label: string; word: string }
  | { kind: 'ignore'; label: string; word: string }
  | { kind: 'info'; label: string }
  | { kind: 'separator' }
  | { kind: 'role'; role: 'cut' | 'copy' | 'paste' | 'selectAll' };

/** At most this many suggestions (Word shows a handful too). */
export const MAX_SUGGESTIONS = 5;
/** Longest word the menu offers to add: longer "words" are pasted junk, not vocabulary. */
export const MAX_WORD_LENGTH = 64;

/** True when `word` may go into the user's dictionary (one word, letters, marks, apostrophes, hyphens). */
export function isDictionaryWord(word: string): boolean {
  return (
    word.length > 0 &&
    word.length <= MAX_WORD_LENGTH &&
    /^[\p{L}\p{M}][\p{L}\p{M}'’-]*$/u.test(word)
  );
}

/** The menu for a right-click; null when there is nothing to show (not in an editable field). */
export function spellMenu(params: SpellMenuParams): SpellMenuItem[] | null {
  if (!params.isEditable) return params.selectionText ? [{ kind: 'role', role: 'copy' }] : null;
  const items: SpellMenuItem[] = [];
  const word = params.misspelledWord.trim();
  if (word) {
    const suggestions = [...new Set(params.dictionarySuggestions)]
      .filter((s) => s && s !== word)
      .slice(0, MAX_SUGGESTIONS);
    if (suggestions.length === 0) items.push({ kind: 'info', label: 'No spelling suggestions' });
    for (const s of suggestions) items.push({ kind: 'replace', label: s, word: s });
    items.push({ kind: 'separator' });
    if (isDictionaryWord(word)) items.push({ kind: 'add', label: 'Add to dictionary', word });
    items.push({ kind: 'ignore', label: 'Ignore', word });
    items.push({ kind: 'separator' });
  }
  items.push(
    { kind: 'role', role: 'cut' },
    { kind: 'role', role: 'copy' },
    { kind: 'role', role: 'paste' },
    { kind: 'separator' },
    { kind: 'role', role: 'selectAll' },
  );
  return items;
}

/** The user's dictionary after adding `word` (kept sorted, without duplicates; bounded). */
export function withDictionaryWord(words: readonly string[], word: string, max = 5000): string[] {
  if (!isDictionaryWord(word) || words.includes(word)) return [...words];
  return [...words, word].sort((a, b) => a.localeCompare(b)).slice(0, max);
}

/**
 * How to bring the session's word list in step with the preferences: the preferences hold what
 * "Add to dictionary" kept; anything else in the session (words only ignored last time) goes.
 */
export function dictionarySync(
  sessionWords: readonly string[],
  kept: readonly string[],
): { add: string[]; remove: string[] } {
  const inSession = new Set(sessionWords);
  const keep = new Set(kept);
  return {
    add: kept.filter((w) => !inSession.has(w)),
    remove: sessionWords.filter((w) => !keep.has(w)),
  };
}
