// Find and replace over serialized tabs: case, whole word, order across tabs, cleared language skipped, one pure update.
import { describe, expect, it } from 'vitest';
import {
  findInBook,
  firstMatchFrom,
  replaceMatches,
  replaceSummary,
  stepMatch,
  type FindOptions,
} from '../../../core/book/findReplace';
import {
  frameworkQuote,
  paragraph,
  root,
  table,
  textNode,
} from '../../../core/book/lexicalBuilders';
import { nodeText } from '../../../core/book/walk';
import type { SerializedEditorState } from '../../../core/book/lexical';

const opts = (query: string, extra: Partial<FindOptions> = {}): FindOptions => ({
  query,
  matchCase: false,
  wholeWord: false,
  ...extra,
});

const tabs = () => [
  {
    id: 'background',
    content: root([
      paragraph('Kenya hosts the ground station near Nairobi. KENYA and kenya.'),
      paragraph([textNode('Bold '), textNode('Nairobi', 1), textNode(' office')]),
      table(['City', 'Counterpart'], [['Nairobi', 'Kenya Space Agency']]),
    ]) as SerializedEditorState,
  },
  {
    id: 'points',
    content: root([
      frameworkQuote({
        itemId: 'TP.1',
        itemKind: 'talking-point',
        cites: ['P1'],
        text: 'We welcome Kenya as a partner.',
      }),
      paragraph('Kenyan officials visit; Kenya replies.'),
    ]) as SerializedEditorState,
  },
];

const text = (content: SerializedEditorState) => nodeText(content.root);

describe('findInBook', () => {
  it('finds case-insensitively by default, tab by tab in document order', () => {
    const { matches, capped } = findInBook(tabs(), opts('kenya'));
    expect(capped).toBe(false);
    expect(matches.map((m) => [m.tabId, m.text])).toEqual([
      ['background', 'Kenya'],
      ['background', 'KENYA'],
      ['background', 'kenya'],
      ['background', 'Kenya'], // table cell
      ['points', 'Kenya'], // cleared quote
      ['points', 'Kenya'], // "Kenyan"
      ['points', 'Kenya'],
    ]);
    expect(matches.map((m) => m.cleared)).toEqual([false, false, false, false, true, false, false]);
  });

  it('match case keeps only exact case', () => {
    expect(findInBook(tabs(), opts('KENYA', { matchCase: true })).matches).toHaveLength(1);
  });

  it('whole word leaves "Kenyan" out', () => {
    const { matches } = findInBook(tabs(), opts('Kenya', { wholeWord: true, matchCase: true }));
    expect(matches.map((m) => m.tabId)).toEqual(['background', 'background', 'points', 'points']);
    expect(matches.every((m) => m.text === 'Kenya')).toBe(true);
  });

  it('treats the query literally (no regular expression)', () => {
    const content = root([paragraph('cost (est.) 1.5 and 105')]) as SerializedEditorState;
    const { matches } = findInBook([{ id: 't', content }], opts('1.5'));
    expect(matches.map((m) => m.start)).toEqual([12]);
    expect(findInBook([{ id: 't', content }], opts('(est.)')).matches).toHaveLength(1);
  });

  it('finds inside formatted runs and gives a path to the text node', () => {
    const { matches } = findInBook(tabs(), opts('Nairobi'));
    expect(matches.map((m) => m.path)).toEqual([
      [0, 0],
      [1, 1],
      [2, 1, 0, 0, 0],
    ]);
    expect(matches[0]!.start).toBe(36);
  });

  it('finds nothing for an empty query', () => {
    expect(findInBook(tabs(), opts('')).matches).toEqual([]);
  });
});

describe('replaceMatches', () => {
  it('replaces across tabs in one pure update and skips cleared language', () => {
    const input = tabs();
    const before = JSON.stringify(input);
    const { matches } = findInBook(input, opts('Kenya', { wholeWord: true }));
    const outcome = replaceMatches(input, matches, 'the Republic of Kenya');
    expect(JSON.stringify(input)).toBe(before); // input untouched
    expect(outcome.replaced).toBe(5);
    expect(outcome.skippedCleared).toBe(1);
    expect(outcome.changedTabIds).toEqual(['background', 'points']);
    expect(text(outcome.tabs[0]!.content)).toContain(
      'the Republic of Kenya hosts the ground station near Nairobi. the Republic of Kenya and the Republic of Kenya.',
    );
    expect(text(outcome.tabs[1]!.content)).toContain('We welcome Kenya as a partner.');
    expect(text(outcome.tabs[1]!.content)).toContain(
      'Kenyan officials visit; the Republic of Kenya replies.',
    );
    // The quote node is the very same object: cleared language is not rewritten.
    expect(outcome.tabs[1]!.content.root.children[0]).toBe(input[1]!.content.root.children[0]);
  });

  it('keeps formatting of the run it rewrites and leaves untouched tabs identical', () => {
    const input = tabs();
    const { matches } = findInBook(input, opts('Nairobi'));
    const outcome = replaceMatches([input[0]!], matches.slice(1, 2), 'NBO');
    const run = outcome.tabs[0]!.content.root.children[1]!.children![1]!;
    expect(run).toMatchObject({ text: 'NBO', format: 1 });
    const again = replaceMatches(input, [], 'x');
    expect(again.tabs[1]).toBe(input[1]);
    expect(again.replaced).toBe(0);
  });

  it('does not replace a match the text no longer holds', () => {
    const input = tabs();
    const { matches } = findInBook(input, opts('Nairobi'));
    const edited = replaceMatches(input, matches.slice(0, 1), 'Mombasa').tabs;
    const outcome = replaceMatches(edited, matches.slice(0, 1), 'Kisumu');
    expect(outcome.replaced).toBe(0);
    expect(outcome.skippedStale).toBe(1);
  });

  it('an empty replacement deletes the text', () => {
    const content = root([paragraph('a draft draft text')]) as SerializedEditorState;
    const { matches } = findInBook([{ id: 't', content }], opts('draft ', { wholeWord: false }));
    const out = replaceMatches([{ id: 't', content }], matches, '');
    expect(text(out.tabs[0]!.content)).toBe('a text');
  });
});

describe('navigation and messages', () => {
  it('steps with wrap-around and starts in the current tab', () => {
    expect(stepMatch(3, 2, 1)).toBe(0);
    expect(stepMatch(3, 0, -1)).toBe(2);
    expect(stepMatch(0, 0, 1)).toBe(-1);
    const { matches } = findInBook(tabs(), opts('kenya'));
    expect(firstMatchFrom(matches, ['background', 'points'], 'points')).toBe(4);
    expect(firstMatchFrom(matches, ['background', 'points'], null)).toBe(0);
  });

  it('says how many cleared matches were skipped', () => {
    expect(replaceSummary({ replaced: 4, skippedCleared: 3, changedTabIds: ['a', 'b'] })).toBe(
      'Replaced 4 matches in 2 tabs. 3 matches in cleared language were skipped: edit the framework text in place to tailor it.',
    );
    expect(replaceSummary({ replaced: 1, skippedCleared: 0, changedTabIds: ['a'] })).toBe(
      'Replaced 1 match in 1 tab.',
    );
  });
});
