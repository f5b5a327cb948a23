// Library search and filter: free text over title, country, date, city, counterpart and body text, plus exact country and template.
import type { BookSummary } from '../../../core/ipc/contract';

export interface LibraryFilter {
  text: string;
  countryCode: string;
  templateId: string;
}

export const EMPTY_FILTER: LibraryFilter = { text: '', countryCode: '', templateId: '' };

/** Lower-case and without accents, so "brasilia" finds "Brasília" and "Sao" finds "São". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Books matching every word of `text` (case- and accent-insensitive) and the chosen country and template. */
export function filterBooks(books: readonly BookSummary[], filter: LibraryFilter): BookSummary[] {
  const words = fold(filter.text).split(/\s+/).filter(Boolean);
  return books.filter((book) => {
    if (filter.countryCode && book.countryCode !== filter.countryCode) return false;
    if (filter.templateId && book.templateId !== filter.templateId) return false;
    if (words.length === 0) return true;
    const haystack = fold(
      [
        book.title,
        book.countryName,
        book.meetingDate,
        book.city,
        book.counterpart,
        book.excerpt,
      ].join(' '),
    );
    return words.every((w) => haystack.includes(w));
  });
}
