// The spell menu as data: suggestions, Add to dictionary, Ignore, and the user's words kept in step with preferences.
import { describe, expect, it } from 'vitest';
import {
  MAX_SUGGESTIONS,
  dictionarySync,
  isDictionaryWord,
  spellMenu,
  withDictionaryWord,
  type SpellMenuParams,
} from '../../../node/spellcheck/spellMenu';

const params = (over: Partial<SpellMenuParams> = {}): SpellMenuParams => ({
  misspelledWord: '',
  dictionarySuggestions: [],
  isEditable: true,
  selectionText: '',
  ...over,
});
const labels = (items: ReturnType<typeof spellMenu>) =>
  (items ?? []).map((i) => ('label' in i ? i.label : i.kind === 'role' ? `<${i.role}>` : '—'));

describe('spellMenu', () => {
  it('offers the suggestions first, then Add to dictionary and Ignore, then editing', () => {
    const items = spellMenu(
      params({ misspelledWord: 'Nairobbi', dictionarySuggestions: ['Nairobi', 'Narrowly'] }),
    );
    expect(labels(items)).toEqual([
      'Nairobi',
      'Narrowly',
      '—',
      'Add to dictionary',
      'Ignore',
      '—',
      '<cut>',
      '<copy>',
      '<paste>',
      '—',
      '<selectAll>',
    ]);
    expect(items![0]).toEqual({ kind: 'replace', label: 'Nairobi', word: 'Nairobi' });
    expect(items!.find((i) => i.kind === 'add')).toEqual({
      kind: 'add',
      label: 'Add to dictionary',
      word: 'Nairobbi',
    });
    expect(items!.find((i) => i.kind === 'ignore')).toMatchObject({ word: 'Nairobbi' });
  });

  it('caps and de-duplicates suggestions, and says so when there are none', () => {
    const many = spellMenu(
      params({
        misspelledWord: 'teh',
        dictionarySuggestions: ['the', 'the', 'ten', 'tea', 'tee', 'tech', 'tel', 'teh'],
      }),
    )!;
    expect(many.filter((i) => i.kind === 'replace').map((i) => i.label)).toEqual(
      ['the', 'ten', 'tea', 'tee', 'tech'].slice(0, MAX_SUGGESTIONS),
    );
    const none = spellMenu(params({ misspelledWord: 'Xqzvw' }))!;
    expect(labels(none)[0]).toBe('No spelling suggestions');
    expect(none[0]).toEqual({ kind: 'info', label: 'No spelling suggestions' });
  });

  it('shows only editing for a correctly spelled word, copy for read-only text, nothing otherwise', () => {
    expect(labels(spellMenu(params()))).toEqual(['<cut>', '<copy>', '<paste>', '—', '<selectAll>']);
    expect(spellMenu(params({ isEditable: false, selectionText: 'Tokyo' }))).toEqual([
      { kind: 'role', role: 'copy' },
    ]);
    expect(spellMenu(params({ isEditable: false }))).toBeNull();
  });

  it('never offers to add pasted junk to the dictionary, but still lets it be ignored', () => {
    const junk = 'x'.repeat(200);
    const items = spellMenu(params({ misspelledWord: junk }))!;
    expect(items.some((i) => i.kind === 'add')).toBe(false);
    expect(items.some((i) => i.kind === 'ignore')).toBe(true);
    expect(isDictionaryWord('Roscosmos')).toBe(true);
    expect(isDictionaryWord("O'Neill")).toBe(true);
    expect(isDictionaryWord('Ткаченко')).toBe(true);
    expect(isDictionaryWord('two words')).toBe(false);
    expect(isDictionaryWord('')).toBe(false);
  });
});

describe('the user dictionary', () => {
  it('adds a word once, sorted, and refuses non-words', () => {
    expect(withDictionaryWord(['JAXA'], 'Artemis')).toEqual(['Artemis', 'JAXA']);
    expect(withDictionaryWord(['Artemis'], 'Artemis')).toEqual(['Artemis']);
    expect(withDictionaryWord(['Artemis'], 'a b')).toEqual(['Artemis']);
  });

  it('syncs the session with preferences: kept words added, ignored-only words removed', () => {
    expect(dictionarySync(['Artemis', 'ignoredOnce'], ['Artemis', 'JAXA'])).toEqual({
      add: ['JAXA'],
      remove: ['ignoredOnce'],
    });
  });
});
