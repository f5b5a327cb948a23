// Library row of a book: identity, meeting, status, the banner (high-water mark of its portion marks) and search text.
import type { Book, Person } from '../../core/book/schema';
import { bannerText } from '../../core/book/marks';
import { bookMark } from '../../core/book/markings';
import { nodeText } from '../../core/book/walk';
import { isBookCleared } from '../../core/clearance/tracker';
import type { BookSummary } from '../../core/ipc/contract';

/**
 * Characters of body text kept per row for library search: enough for the opening of every
 * tab's briefing, small enough that the sealed index stays a few kilobytes per book.
 */
export const EXCERPT_CHARS = 4000;

/** The BookSummary shown in the library; the banner is computed exactly as the PDF's (core bookMark). */
export function summarize(book: Book): BookSummary {
  return {
    id: book.id,
    title: book.title,
    countryCode: book.meeting.countryCode,
    countryName: book.meeting.countryName,
    meetingDate: book.meeting.date,
    templateId: book.templateId,
    updatedAt: book.updatedAt,
    banner: bannerText(bookMark(book)),
    // Derived, not the stored mirror: an edit after clearance makes the book a draft again.
    status: isBookCleared(book) ? 'cleared' : 'draft',
    city: book.meeting.city,
    counterpart: personText(book.meeting.counterpart),
    excerpt: bodyExcerpt(book),
    round: book.round?.number ?? null,
    previousRoundId: book.round?.previousBookId ?? null,
  };
}

function personText(person: Person | null): string {
  if (!person) return '';
  return [person.name, person.nativeName].filter(Boolean).join(' ');
}

/** The tabs' plain text in order, block by block, cut at EXCERPT_CHARS (reading stops once full). */
export function bodyExcerpt(book: Book): string {
  const parts: string[] = [];
  let length = 0;
  for (const tab of book.tabs) {
    // Block by block so paragraphs are separated ("page. Test", not "page.Test") and reading stops early.
    for (const block of tab.content.root.children) {
      if (length >= EXCERPT_CHARS) return parts.join(' ').slice(0, EXCERPT_CHARS);
      const text = nodeText(block);
      if (!text) continue;
      parts.push(text);
      length += text.length + 1;
    }
  }
  return parts.join(' ').slice(0, EXCERPT_CHARS);
}
