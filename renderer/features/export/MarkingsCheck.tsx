// "Check markings": lists every portion without a valid mark (tab and first words) in what will be exported.
import type { UnmarkedPortion } from '../../../core/book/markings';

interface Props {
  /** Null until the check has been run. */
  result: { bookTitle: string; portions: UnmarkedPortion[] }[] | null;
}

export function MarkingsCheck({ result }: Props) {
  if (!result) return null;
  const total = result.reduce((n, r) => n + r.portions.length, 0);
  if (total === 0) {
    return (
      <p className="success-message" role="status" data-testid="markings-result">
        Every portion carries a valid portion mark.
      </p>
    );
  }
  return (
    <div className="markings-problems" role="alert" data-testid="markings-result">
      <p>
        <strong>
          {total} portion{total === 1 ? '' : 's'} without a valid portion mark.
        </strong>{' '}
        Mark them in the editor before exporting.
      </p>
      <ul>
        {result.flatMap((r) =>
          r.portions.map((p, i) => (
            <li key={`${r.bookTitle}-${p.tabId}-${i}`}>
              {result.length > 1 ? `${r.bookTitle} › ` : ''}
              <strong>{p.tabTitle}</strong>: “{p.firstWords}”
              {p.invalidMark ? ` (invalid mark “${p.invalidMark}”)` : ''}
            </li>
          )),
        )}
      </ul>
    </div>
  );
}
