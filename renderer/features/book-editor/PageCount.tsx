// A tab's printed length against its page budget: a compact badge in the outline, a sentence in the tab's header.
import type { PageCountView } from '../../../core/templates/pageBudgets';

/** The outline's badge: short text seen, the whole sentence read (and shown as a tooltip). */
export function PageCountBadge({ view }: { view: PageCountView }) {
  return (
    <span
      className={`outline-pages${view.over ? ' outline-pages-over' : ''}`}
      data-testid="tab-pages"
      title={view.label}
    >
      <span aria-hidden="true">
        {view.over ? '⚠ ' : ''}
        {view.short}
      </span>
      <span className="visually-hidden">{view.sentence}</span>
    </span>
  );
}

/**
 * The tab header's note. A polite live region: a count that changes after a save is read out
 * without moving focus. Over budget it is a calm notice (icon and words), never an error.
 */
export function PageCountNote({ view }: { view: PageCountView | null }) {
  return (
    <p
      className={`page-count${view?.over ? ' page-count-over' : ''}`}
      role="status"
      data-testid="page-count"
    >
      {view && (
        <>
          {view.over && (
            <span className="page-count-icon" aria-hidden="true">
              ⚠
            </span>
          )}
          {view.sentence}
        </>
      )}
    </p>
  );
}
