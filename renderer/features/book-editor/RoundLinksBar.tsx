// Editor header line for a book in a series: "Round N", and links to the previous and next rounds (or why there is none).
import { useEffect, useState } from 'react';
import type { BookSummary } from '../../../core/ipc/contract';
import { api } from '../../api';
import { roundLinks, type RoundRef } from '../library/roundLinks';

interface Props {
  bookId: string;
  round: number | null;
  previousRoundId: string | null;
  /** Opens another book (the screen saves this one first). */
  onOpen: (bookId: string) => void;
}

/** Library and trash rows, loaded once per book: rounds are linked by id, never by title. */
function useRows(bookId: string): { live: BookSummary[]; trashed: BookSummary[] } | null {
  const [rows, setRows] = useState<{ live: BookSummary[]; trashed: BookSummary[] } | null>(null);
  useEffect(() => {
    let current = true;
    void Promise.all([api.books.list({}), api.books.listTrash({})]).then(([live, trashed]) => {
      if (current)
        setRows({ live: live.ok ? live.value : [], trashed: trashed.ok ? trashed.value : [] });
    });
    return () => {
      current = false;
    };
  }, [bookId]);
  return rows;
}

function RoundRefLink({
  which,
  target,
  onOpen,
}: {
  which: 'Previous round' | 'Next round';
  target: RoundRef;
  onOpen: (id: string) => void;
}) {
  if (target.state === 'live')
    return (
      <button
        type="button"
        className="link-button"
        title={target.book.title}
        onClick={() => onOpen(target.book.id)}
      >
        {which === 'Previous round' ? '← ' : ''}
        {which} ({target.book.meetingDate}){which === 'Next round' ? ' →' : ''}
      </button>
    );
  // Never a dead link: say where the other round went.
  const where =
    target.state === 'trashed'
      ? `is in the trash (${target.book.meetingDate})`
      : 'is no longer in this library';
  return (
    <span className="muted">
      {which} {where}
    </span>
  );
}

export function RoundLinksBar({ bookId, round, previousRoundId, onOpen }: Props) {
  const rows = useRows(bookId);
  const links = rows
    ? roundLinks(bookId, round, previousRoundId, rows.live, rows.trashed)
    : { number: round, previous: null, next: [] };
  if (links.number === null) return null;
  return (
    <nav className="round-links" aria-label="Rounds of this dialogue" data-testid="round-links">
      <span className="pill pill-round">Round {links.number}</span>
      {links.previous && (
        <RoundRefLink which="Previous round" target={links.previous} onOpen={onOpen} />
      )}
      {links.next.map((next) => (
        <RoundRefLink
          key={next.state === 'missing' ? next.id : next.book.id}
          which="Next round"
          target={next}
          onOpen={onOpen}
        />
      ))}
    </nav>
  );
}
