// The book's "Distribution" section: every numbered copy and addendum handed out (from main's log), and "Export addendum…".
import { useEffect, useState } from 'react';
import { api } from '../../api';
import { copyLabel, type Distribution } from '../../../core/book/distribution';
import { onDistributionChanged } from './distributionEvents';
import { useCopiesExport } from './useCopiesExport';
import { CopiesStatusView } from './CopiesStatusView';

/**
 * Reads the log from main (the editor's copy of the book may predate the last export). `saveNow`
 * stores the editor's pending edits first: an addendum is made from the stored book, and an edit
 * typed a moment ago must be in it.
 */
export function DistributionPanel({
  bookId,
  saveNow,
}: {
  bookId: string;
  saveNow: () => Promise<unknown>;
}) {
  const [log, setLog] = useState<Distribution[] | null>(null);
  const copies = useCopiesExport();
  // Bumped when main appends to this book's log: the effect then reads the book again.
  const [version, setVersion] = useState(0);
  useEffect(
    () =>
      onDistributionChanged((id) => {
        if (id === bookId) setVersion((v) => v + 1);
      }),
    [bookId],
  );
  useEffect(() => {
    let live = true;
    void api.books.get({ id: bookId }).then((result) => {
      if (live && result.ok) setLog(result.value.distribution ?? []);
    });
    return () => {
      live = false;
    };
  }, [bookId, version]);
  const rows = (log ?? []).flatMap((d) => d.copies.map((c) => ({ d, c })));
  return (
    <section className="panel" aria-labelledby="distribution-title">
      <h2 id="distribution-title">Distribution</h2>
      {log !== null && log.length === 0 && (
        <p className="muted">
          No copies distributed yet. Export numbered copies from the Export dialog.
        </p>
      )}
      {rows.length > 0 && (
        <table className="distribution-table" data-testid="distribution-log">
          <thead>
            <tr>
              <th scope="col">Copy</th>
              <th scope="col">Recipient</th>
              <th scope="col">Time (UTC)</th>
              <th scope="col">File sha256</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ d, c }) => (
              <tr key={`${d.id}-${c.number}`}>
                <td>{copyLabel({ number: c.number, of: d.of, addendum: d.addendum })}</td>
                <td>{c.recipient}</td>
                <td>{d.at.slice(0, 16).replace('T', ' ')}</td>
                <td>
                  <code title={c.sha256}>{c.sha256.slice(0, 16)}…</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {log && log.length > 0 && (
        <p className="muted">
          Content hash at the last distribution:{' '}
          <code>{log[log.length - 1]!.contentHash.slice(0, 16)}…</code>
        </p>
      )}
      {log && log.some((d) => d.addendum === 0) && (
        <button
          type="button"
          className="btn"
          disabled={copies.status.phase === 'running'}
          onClick={() =>
            void saveNow().then(() => copies.start(bookId, { addendum: true, final: false }))
          }
        >
          Export addendum…
        </button>
      )}
      <CopiesStatusView status={copies.status} />
    </section>
  );
}
