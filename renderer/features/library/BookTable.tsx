// The library table: one row per book with its banner, meeting and last change, plus row actions.
import type { BookSummary } from '../../../core/ipc/contract';
import { formatTimestamp } from '../../ui/format';

export interface BookActions {
  onOpen: (book: BookSummary) => void;
  onNextRound: (book: BookSummary) => void;
  onExportFile: (book: BookSummary) => void;
  onExportPdf: (book: BookSummary) => void;
  onTrash: (book: BookSummary) => void;
}

export function BookTable({
  books,
  actions,
}: {
  books: readonly BookSummary[];
  actions: BookActions;
}) {
  return (
    <table className="data-table" aria-label="Briefing books">
      <thead>
        <tr>
          <th scope="col">Title</th>
          <th scope="col">Country</th>
          <th scope="col">Meeting</th>
          <th scope="col">Last change</th>
          <th scope="col">Marking</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {books.map((book) => (
          <tr key={book.id} data-testid="book-row" data-book-id={book.id}>
            <th scope="row">
              <button type="button" className="link-button" onClick={() => actions.onOpen(book)}>
                {book.title}
              </button>
              {book.status === 'draft' && <span className="pill pill-draft">Draft</span>}
            </th>
            <td>{book.countryName}</td>
            <td className="nowrap">{book.meetingDate}</td>
            <td className="nowrap">{formatTimestamp(book.updatedAt)}</td>
            <td>
              <span className={`pill ${book.banner === 'UNCLASSIFIED' ? 'pill-u' : 'pill-sbu'}`}>
                {book.banner}
              </span>
            </td>
            <td className="row-actions">
              <button
                type="button"
                className="btn btn-small"
                onClick={() => actions.onNextRound(book)}
              >
                Start next round<span className="visually-hidden"> for {book.title}</span>
              </button>
              <button
                type="button"
                className="btn btn-small"
                onClick={() => actions.onExportPdf(book)}
              >
                Export PDF<span className="visually-hidden"> of {book.title}</span>
              </button>
              <button
                type="button"
                className="btn btn-small"
                onClick={() => actions.onExportFile(book)}
              >
                Export file<span className="visually-hidden"> of {book.title}</span>
              </button>
              <button
                type="button"
                className="btn btn-small btn-danger-ghost"
                onClick={() => actions.onTrash(book)}
              >
                Delete<span className="visually-hidden"> {book.title}</span>
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
