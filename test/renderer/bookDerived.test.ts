// Per-tab cached banner and cited IDs agree with the whole-book core functions, before and after an edit.
import { describe, expect, it } from 'vitest';
import { bannerText } from '../../core/book/marks';
import { bookMark, citedFrameworkIds } from '../../core/book/markings';
import type { Book } from '../../core/book/schema';
import { bookBanner, citedKey } from '../../renderer/features/book-editor/bookDerived';
import { generatedBook } from '../fixtures/books/generated';

const key = (book: Book) => [...new Set(citedFrameworkIds(book))].sort().join('\n');

/** The book with one block of its first tab replaced, as setTabContent does (new content object). */
function editFirstTab(book: Book, block: Record<string, unknown>): Book {
  const [first, ...rest] = book.tabs;
  const root = { ...first!.content.root, children: [...first!.content.root.children, block] };
  return { ...book, tabs: [{ ...first!, content: { root } }, ...rest] } as Book;
}

describe('bookDerived', () => {
  it('matches bookMark and citedFrameworkIds on a many-tab book, and follows an edit', () => {
    const book = generatedBook(30);
    expect(book.tabs.length).toBeGreaterThan(1);
    expect(bookBanner(book)).toBe(bannerText(bookMark(book)));
    expect(citedKey(book)).toBe(key(book));

    const marked = editFirstTab(book, {
      type: 'paragraph',
      version: 1,
      $: { mark: 'SBU//NOFORN' },
      children: [
        {
          type: 'text',
          version: 1,
          text: 'Sensitive.',
          format: 0,
          detail: 0,
          mode: 'normal',
          style: '',
        },
      ],
    });
    expect(bookBanner(marked)).toBe(bannerText(bookMark(marked)));
    expect(bookBanner(marked)).toContain('NOFORN');
    expect(bookBanner(book)).not.toContain('NOFORN');

    const quoted = editFirstTab(book, {
      type: 'framework-quote',
      version: 1,
      itemId: 'P9.TEST.1',
      itemKind: 'objective',
      cites: ['P9.TEST.1'],
      children: [
        {
          type: 'text',
          version: 1,
          text: 'Quoted.',
          format: 0,
          detail: 0,
          mode: 'normal',
          style: '',
        },
      ],
    });
    expect(citedKey(quoted)).toBe(key(quoted));
    expect(citedKey(quoted)).toContain('P9.TEST.1');
    expect(citedKey(book)).not.toContain('P9.TEST.1');
  });
});
