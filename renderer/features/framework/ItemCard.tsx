// One framework item (objective, talking point, if-raised response) with its citation and an Insert button.
import type { FrameworkEntry } from './frameworkSearch';
import { toInsertItem } from './frameworkSearch';
import type { FrameworkInsertItem } from '../../editor/frameworkInsertItem';

const KIND_LABEL = {
  objective: 'Objective',
  'talking-point': 'Talking point',
  'if-raised': 'If raised',
} as const;

interface Props {
  entry: FrameworkEntry;
  recommended?: boolean;
  /** Already quoted in the book; still insertable (an officer may want it twice). */
  inBook?: boolean;
  /** Goes to the item's quote in the book; without it "In book" is a plain badge. */
  onShowInBook?(itemId: string): void;
  /** Clamp long text to a few lines (search results). */
  compact?: boolean;
  onInsert(item: FrameworkInsertItem): void;
  onShow?(): void;
}

export function ItemCard({
  entry,
  recommended,
  inBook,
  compact,
  onInsert,
  onShow,
  onShowInBook,
}: Props) {
  const kind = KIND_LABEL[entry.kind];
  const text = entry.kind === 'objective' ? entry.objective.text : entry.point.text;
  const cites = entry.kind === 'objective' ? null : entry.point.cites;
  return (
    <article className={`bbf-card bbf-card-${entry.kind}`} aria-label={`${kind} ${entry.id}`}>
      <header className="bbf-card-head">
        <span className="bbf-kind">{kind}</span>
        <span className="bbf-id">{entry.id}</span>
        {recommended && <span className="bbf-rec-badge">Recommended</span>}
        {inBook &&
          (onShowInBook ? (
            <button
              type="button"
              className="bbf-inbook-badge"
              title="Go to it in the book"
              aria-label={`In book: go to ${entry.id} in the book`}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => onShowInBook(entry.id)}
            >
              In book
            </button>
          ) : (
            <span className="bbf-inbook-badge">In book</span>
          ))}
      </header>
      {entry.kind === 'if-raised' && entry.point.raised && (
        <p className="bbf-raised">If raised: {entry.point.raised}</p>
      )}
      <p className={compact ? 'bbf-text bbf-clamp' : 'bbf-text'}>{text}</p>
      {entry.kind === 'objective' && entry.objective.subItems && !compact && (
        <ol className="bbf-subitems">
          {entry.objective.subItems.map((s) => (
            <li key={s.id}>
              {s.label}. {s.text}
            </li>
          ))}
        </ol>
      )}
      <footer className="bbf-card-foot">
        {cites && <span className="bbf-cites">cites {cites.join(', ')}</span>}
        {onShow && (
          <button
            type="button"
            className="bbf-btn bbf-btn-quiet"
            onClick={onShow}
            aria-label={`Show ${entry.id} in the framework`}
          >
            Show
          </button>
        )}
        <button
          type="button"
          className="bbf-btn bbf-btn-insert"
          aria-label={`Insert ${kind.toLowerCase()} ${entry.id}`}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => onInsert(toInsertItem(entry))}
        >
          Insert
        </button>
      </footer>
    </article>
  );
}
