// Library search and filter: free text over title, country and date, plus exact country and template.
import type { BookSummary } from '../../../core/ipc/contract';

export interface LibraryFilter {
  text: string;
  countryCode: string;
  templateId: string;
}

export const EMPTY_FILTER: LibraryFilter = { text: '', countryCode: '', templateId: '' };

/** Books matching every word of `text` (case-insensitive) and the chosen country and template. */
export function filterBooks(books: readonly BookSummary[], filter: LibraryFilter): BookSummary[] {
  const words = filter.text.toLowerCase().split(/\s+/).filter(Boolean);
  return books.filter((book) => {
    if (filter.countryCode && book.countryCode !== filter.countryCode) return false;
    if (filter.templateId && book.templateId !== filter.templateId) return false;
    const haystack = `${book.title} ${book.countryName} ${book.meetingDate}`.toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}
