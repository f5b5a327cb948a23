// Library row of a book: identity, meeting, status and the banner (high-water mark of its portion marks).
import type { Book } from '../../core/book/schema';
import { bannerText } from '../../core/book/marks';
import { bookMark } from '../../core/book/markings';
import { isBookCleared } from '../../core/clearance/tracker';
import type { BookSummary } from '../../core/ipc/contract';

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
  };
}
