// The library table: one compact row per book (truncated title, round, meeting, marking), Open and a menu for the rest.
import type { BookSummary } from '../../../core/ipc/contract';
import { formatTimestamp } from '../../ui/format';
import { MenuButton, type MenuItem } from '../../ui/MenuButton';
import { roundLinks } from './roundLinks';

export interface BookActions {
  onOpen: (book: BookSummary) => void;
  onNextRound: (book: BookSummary) => void;
  onExportFile: (book: BookSummary) => void;
  onExportPdf: (book: BookSummary) => void;
  onTrash: (book: BookSummary) => void;
}

/** The row's secondary actions; the rounds it links to (in the library) come first. */
function menuItems(book: BookSummary, all: readonly BookSummary[], actions: BookActions) {
  const links = roundLinks(book.id, book.round, book.previousRoundId, all, []);
  const items: MenuItem[] = [];
  if (links.previous?.state === 'live') {
    const prev = links.previous.book;
    items.push({
      label: `Open previous round (${prev.meetingDate})`,
      onSelect: () => actions.onOpen(prev),
    });
  }
  for (const next of links.next)
    if (next.state === 'live')
      items.push({
        label: `Open next round (${next.book.meetingDate})`,
        onSelect: () => actions.onOpen(next.book),
      });
  items.push(
    {
      label: 'Start next round…',
      onSelect: () => actions.onNextRound(book),
      separated: items.length > 0,
    },
    { label: 'Export PDF…', onSelect: () => actions.onExportPdf(book) },
    { label: 'Export book file…', onSelect: () => actions.onExportFile(book) },
    {
      label: 'Move to trash',
      onSelect: () => actions.onTrash(book),
      danger: true,
      separated: true,
    },
  );
  return items;
}

export function BookTable({
  books,
  all,
  rounds,
  actions,
}: {
  books: readonly BookSummary[];
  /** Every book in the library (not only those the search shows): rounds link across the filter. */
  all: readonly BookSummary[];
  /** Round number per book id, for the books that belong to a series (roundNumbers). */
  rounds: ReadonlyMap<string, number>;
  actions: BookActions;
}) {
  return (
    <table className="data-table book-table" aria-label="Briefing books">
      <thead>
        <tr>
          <th scope="col" className="col-title">
            Title
          </th>
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
        {books.map((book) => {
          const round = rounds.get(book.id);
          return (
            <tr key={book.id} data-testid="book-row" data-book-id={book.id}>
              <th scope="row" className="col-title">
                <div className="title-cell">
                  <button
                    type="button"
                    className="link-button book-title"
                    title={book.title}
                    onClick={() => actions.onOpen(book)}
                  >
                    {book.title}
                  </button>
                  {round !== undefined && <span className="pill pill-round">Round {round}</span>}
                  {book.status === 'draft' && <span className="pill pill-draft">Draft</span>}
                </div>
              </th>
              <td className="nowrap">{book.countryName}</td>
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
                  className="btn btn-small btn-primary"
                  aria-label={`Open ${book.title}`}
                  onClick={() => actions.onOpen(book)}
                >
                  Open
                </button>
                <MenuButton
                  label="More"
                  accessibleName={`More actions for ${book.title}`}
                  menuName={`Actions for ${book.title}`}
                  items={menuItems(book, all, actions)}
                />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
