// Portion-mark checks: unmarked portions listed by tab and first words, the high-water mark, cited IDs.
import { describe, expect, it } from 'vitest';
import {
  UnmarkedPortionsError,
  assertAllPortionsMarked,
  bookMark,
  citedFrameworkIds,
  findUnmarkedPortions,
} from '../../../core/book/markings';
import { AppFailure } from '../../../core/ipc/result';
import { paragraph, withMark, list } from '../../../core/book/lexicalBuilders';
import type { Book } from '../../../core/book/schema';
import { draft, tabOf } from './draft';

/** A drafted book with `mutate` applied to a deep copy. */
function edited(mutate: (book: Book) => void): Book {
  const book = structuredClone(draft('bilateral-space-dialogue', 'JP'));
  mutate(book);
  return book;
}

describe('findUnmarkedPortions', () => {
  it('finds nothing in a freshly assembled book', () => {
    expect(findUnmarkedPortions(draft('bilateral-space-dialogue', 'JP'))).toEqual([]);
  });

  it('lists each unmarked or wrongly marked block with its tab and first words, skipping empty ones', () => {
    const book = edited((b) => {
      tabOf(b, 'scene-setter').content.root.children.push(
        paragraph('Japan and the United States have agreed on a long list of things to do'),
        paragraph(''),
      );
      tabOf(b, 'press-line').content.root.children.push(
        withMark(paragraph('Too secret'), 'SECRET'),
      );
    });
    const found = findUnmarkedPortions(book);
    expect(found).toEqual([
      {
        tabId: 'tab-02-scene-setter',
        tabTitle: 'Scene-Setter',
        firstWords: 'Japan and the United States have agreed on ...',
      },
      {
        tabId: 'tab-06-press-line',
        tabTitle: 'Press Line',
        firstWords: 'Too secret',
        invalidMark: 'SECRET',
      },
    ]);
    expect(findUnmarkedPortions(book, ['tab-06-press-line'])).toHaveLength(1);
    expect(findUnmarkedPortions(book, ['tab-01-purpose'])).toEqual([]);
  });

  it('throws UnmarkedPortionsError (an AppFailure with code unmarked-portions) naming tab and words', () => {
    const book = edited((b) =>
      tabOf(b, 'background').content.root.children.push(paragraph('Unmarked staccato fact')),
    );
    expect(() => assertAllPortionsMarked(book, ['tab-01-purpose'])).not.toThrow();
    try {
      assertAllPortionsMarked(book);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(UnmarkedPortionsError);
      expect(error).toBeInstanceOf(AppFailure);
      expect((error as AppFailure).code).toBe('unmarked-portions');
      expect((error as Error).message).toBe(
        '1 portion has no valid portion mark: Background: "Unmarked staccato fact"',
      );
    }
  });
});

describe('bookMark', () => {
  it('is the high-water mark of every portion, per selection of tabs', () => {
    const book = draft('bilateral-space-dialogue', 'JP');
    expect(bookMark(book)).toBe('SBU');
    expect(bookMark(book, ['tab-01-purpose', 'tab-04-points-to-make'])).toBe('U');
  });

  it('counts list items that override their list and unions SBU caveats', () => {
    const book = edited((b) => {
      const item = withMark(list(['Proprietary detail'], false), 'U');
      item.children![0] = withMark(item.children![0]!, 'SBU//PROPIN');
      tabOf(b, 'purpose').content.root.children.push(item);
      tabOf(b, 'schedule').content.root.children.push(
        withMark(paragraph('Motorcade'), 'SBU//NOFORN'),
      );
    });
    expect(bookMark(book)).toBe('SBU//NOFORN//PROPIN');
    expect(bookMark(book, ['tab-01-purpose'])).toBe('SBU//PROPIN');
  });
});

describe('citedFrameworkIds', () => {
  it('derives objective IDs from quoted objectives and from what quoted points cite', () => {
    const ids = citedFrameworkIds(draft('bilateral-space-dialogue', 'EG'));
    expect(ids).toContain('P1.G1.2');
    expect(ids).toContain('P1.G3.3.1'); // cited only by the launch-vehicle if-raised line
    expect(citedFrameworkIds(draft('bilateral-space-dialogue', 'JP'))).not.toContain('P1.G3.3.1');
    expect(ids).not.toContain('IR.export-controls.slv');
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('follows the content: deleting a quote removes what it cited', () => {
    const book = edited((b) => {
      for (const tab of b.tabs) {
        tab.content.root.children = tab.content.root.children.filter(
          (n) => n.type !== 'framework-quote',
        );
      }
    });
    expect(citedFrameworkIds(book)).toEqual([]);
  });
});
