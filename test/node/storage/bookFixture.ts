// A small valid book (current formatVersion) for storage and IPC tests; content is labelled test text, not policy.
import { BOOK_FORMAT_VERSION, type Book } from '../../../core/book/schema';
import type { SerializedNode } from '../../../core/book/lexical';
import { FRAMEWORK_VERSION } from '../../../core/data';

const para = (text: string, mark = 'U'): SerializedNode => ({
  type: 'paragraph',
  $: { mark },
  children: [{ type: 'text', text, format: 0 }],
});

/** A book with one U tab and one SBU tab; `pages` extra paragraphs make it big (about 8 paragraphs per page). */
export function makeBook(overrides: Partial<Book> = {}, pages = 1): Book {
  const filler = Array.from({ length: pages * 8 }, (_, i) =>
    para(
      `Test paragraph ${i + 1}: fixture text used only to exercise storage, long enough to fill a line or two of a page.`,
    ),
  );
  return {
    formatVersion: BOOK_FORMAT_VERSION,
    id: 'book-1',
    title: 'Test book: Japan dialogue',
    meeting: {
      countryCode: 'JP',
      countryName: 'Japan',
      counterpart: null,
      principal: null,
      city: 'Tokyo',
      date: '2026-03-04',
    },
    bookDate: '2026-02-20',
    copyNumber: null,
    templateId: 'bilateral-space-dialogue',
    templateVersion: 1,
    frameworkVersion: FRAMEWORK_VERSION,
    tabs: [
      {
        id: 'tab-1',
        kind: 'purpose',
        title: 'Purpose',
        defaultMark: 'U',
        content: { root: { type: 'root', children: [para('Fixture purpose.'), ...filler] } },
      },
      {
        id: 'tab-2',
        kind: 'schedule',
        title: 'Schedule',
        defaultMark: 'SBU',
        content: { root: { type: 'root', children: [para('Fixture schedule line.', 'SBU')] } },
      },
    ],
    clearance: { drafted: null, cleared: [], approved: null, status: 'draft' },
    createdAt: '2026-02-20T10:00:00.000Z',
    updatedAt: '2026-02-20T10:00:00.000Z',
    ...overrides,
  };
}
